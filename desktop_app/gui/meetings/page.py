"""The Meetings area: the meetings the profile may see (a party profile also the party cell's), a meeting's page,
and the live screen the secretary keeps during a meeting — roll call by click, elapsed time, quick speech notes,
vote counting. Each change on the live screen is its own committed unit of work (the engine commits with
synchronous=FULL), so a crash loses at most the text of the field being typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.gui.common import rows_table, show_error
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr

ID_ROLE = Qt.ItemDataRole.UserRole
ATTENDANCE = {"present": N_("present"), "absent_with_reason": N_("absent with reason"),
              "absent_without_reason": N_("absent without reason"), "exempt": N_("exempt"), "guest": N_("guest")}
STATUS = {"in_progress": N_("meeting in progress"), "held": N_("meeting held")}
PRESENT_BRUSH = QBrush(QColor("#d9f2dc"))
# One click moves a line to the next state: absent → present → absent with reason → absent.
NEXT = {"absent_without_reason": "present", "present": "absent_with_reason",
        "absent_with_reason": "absent_without_reason", "exempt": "present"}


class LiveView(QWidget):
    """Layout only: the live meeting screen."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading(factor=1.2)
        self.elapsed = Heading(factor=1.6)
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.elapsed.setMinimumWidth(120)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.roll = QListWidget()
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speech = QLineEdit()
        self.speech.setPlaceholderText(tr("What was said, in a few words — Enter saves it"))
        self.add_speech = QPushButton(tr("Save the note"))
        self.speeches = QListWidget()
        self.motion = QLineEdit()
        self.motion.setPlaceholderText(tr("The motion put to the vote"))
        self.in_favour, self.against, self.abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for box in (self.in_favour, self.against, self.abstain):
            box.setRange(0, 9999)
        self.resolution = QCheckBox(tr("the resolution"))
        self.record_vote = QPushButton(tr("Record the vote"))
        self.votes = QListWidget()
        self.finish = QPushButton(tr("Finish the meeting"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.elapsed)
        roll = QGroupBox(tr("Roll call (click a name)"))
        rl = QVBoxLayout(roll)
        rl.addWidget(self.rate)
        rl.addWidget(self.roll)
        notes = QGroupBox(tr("Speeches"))
        nl = QVBoxLayout(notes)
        row = QHBoxLayout()
        row.addWidget(self.speaker, 1)
        row.addWidget(self.speech, 3)
        row.addWidget(self.add_speech)
        nl.addLayout(row)
        nl.addWidget(self.speeches)
        vote = QGroupBox(tr("Votes"))
        vl = QVBoxLayout(vote)
        form = QFormLayout()
        form.addRow(tr("Motion"), self.motion)
        counts = QHBoxLayout()
        for text, box in ((tr("In favour"), self.in_favour), (tr("Against"), self.against), (tr("Abstain"), self.abstain)):
            counts.addWidget(QLabel(text))
            counts.addWidget(box)
        counts.addWidget(self.resolution)
        counts.addWidget(self.record_vote)
        form.addRow(counts)
        vl.addLayout(form)
        vl.addWidget(self.votes)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(notes, 3)
        rv.addWidget(vote, 2)
        split = QSplitter()
        split.addWidget(roll)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.finish)
        layout.addLayout(bottom)


class MeetingsPage(QWidget):
    data_changed = Signal()
    status_message = Signal(str)
    ready = Signal()

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.rows: list = []
        self.view = None  # the MeetingView shown
        self.kind = QComboBox()
        self.secretary = QLineEdit()
        self.secretary.setPlaceholderText(tr("Secretary (who keeps the minutes)"))
        self.start = QPushButton(tr("Start a meeting"))
        self.table = rows_table(3, stretch=2)
        self.hint = hint_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.live = LiveView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.summary)
        self.stack.addWidget(self.live)
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Secretary"), self.secretary)
        form.addRow(self.start)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(Heading(tr("Meetings"), factor=1.2))
        lv.addLayout(form)
        lv.addWidget(self.hint)
        lv.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([320, 1046])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self._connect_signals()
        self.retranslate_ui()
        QTimer.singleShot(0, self.refresh)

    def _connect_signals(self) -> None:
        self.start.clicked.connect(self.start_meeting)
        self.table.itemSelectionChanged.connect(self._selected)
        self.live.roll.itemClicked.connect(self._roll_clicked)
        self.live.add_speech.clicked.connect(self.save_speech)
        self.live.speech.returnPressed.connect(self.save_speech)
        self.live.record_vote.clicked.connect(self.save_vote)
        self.live.finish.clicked.connect(self.finish_meeting)
        self.timer.timeout.connect(self._tick)

    def retranslate_ui(self) -> None:
        from desktop_app.services import meetings

        self.table.setHorizontalHeaderLabels([tr("No."), tr("Date"), tr("Meeting")])
        current = self.kind.currentData()
        self.kind.clear()
        for k in meetings.rules().kinds:
            if k.party and not meetings.is_party_viewer(self.app.profile):
                continue
            self.kind.addItem(k.label, k.code)
        if current:
            self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.hint.setText(tr("Party cell meetings show only with the party cell secretary's profile.")
                          if not meetings.is_party_viewer(self.app.profile) else "")

    # --- reading ---------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        from desktop_app.services import meetings

        with self.app.uow() as uow:
            self.rows = meetings.list_meetings(uow, viewer=self.app.profile)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            title = f"{r.title[:1].upper()}{r.title[1:]}" + (f" ({tr(STATUS[r.status.value])})"
                                                               if r.status.value == "in_progress" else "")
            for col, text in enumerate((r.number, format_date(r.date), title)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                self.table.setItem(i, col, item)
            if r.id == select:
                self.table.selectRow(i)
        if select is None and self.rows:
            self.table.selectRow(0)
        self.ready.emit()

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.show_meeting(items[0].data(ID_ROLE))

    def show_meeting(self, meeting_id: str) -> None:
        from desktop_app.services import meetings

        try:
            with self.app.uow() as uow:
                self.view = meetings.get_meeting(uow, meeting_id, viewer=self.app.profile)
        except Exception as exc:  # noqa: BLE001 — a refusal is shown, never raised into Qt
            show_error(self, exc)
            return
        if self.view.row.status.value == "in_progress":
            self._fill_live()
            self.stack.setCurrentWidget(self.live)
            self.timer.start()
            self._tick()
        else:
            self.timer.stop()
            self.summary.setText(self._summary_text())
            self.stack.setCurrentWidget(self.summary)

    def _rate_text(self) -> str:
        c = self.view.counts
        rate = "—" if c.rate is None else format_number(100 * c.rate, 1) + " %"
        text = tr("Present {present} of {expected} expected ({rate}); {guests} guests.", present=c.present,
                  expected=c.expected, rate=rate, guests=c.guests)
        if self.view.attendance_warning:
            text += " " + tr("Under 85 %: a quality warning for the minutes.")
        return text

    def _summary_text(self) -> str:
        v = self.view
        lines = [v.row.title, f"{format_date(v.row.date)} · {v.place or ''}",
                 tr("Chair: {chair}; secretary: {secretary}", chair=v.chair, secretary=v.secretary), self._rate_text(),
                 ""]
        lines += [tr("Vote: {motion} — {in_favour}/{denominator}, {result}", motion=x.motion,
                     in_favour=x.result.in_favour, denominator=x.result.denominator,
                     result=tr("passed") if x.result.passed else tr("not passed")) for x in v.votes]
        lines += [f"• {t.text} — {t.owner_name}" for t in v.tasks]
        return "\n".join(lines)

    def _fill_live(self) -> None:
        v = self.view
        live = self.live
        live.heading.setText(f"{v.row.title[:1].upper()}{v.row.title[1:]} — {v.row.number}")
        live.rate.setText(self._rate_text())
        live.roll.clear()
        for a in v.attendance:
            item = QListWidgetItem(f"{a.name} — {tr(ATTENDANCE[a.status.value])}")
            item.setData(ID_ROLE, a.id)
            item.setData(ID_ROLE + 1, a.status.value)
            if a.status.value == "present":
                item.setBackground(PRESENT_BRUSH)
            live.roll.addItem(item)
        speaker = live.speaker.currentText()
        live.speaker.clear()
        live.speaker.addItems([a.name for a in v.attendance if a.status.value in ("present", "guest")])
        live.speaker.setEditText(speaker)
        live.speeches.clear()
        live.speeches.addItems([f"{s['speaker']}: {s['summary']}" for s in v.speeches])
        live.votes.clear()
        live.votes.addItems([tr("{motion} — {in_favour}/{denominator}, {result}", motion=x.motion,
                                in_favour=x.result.in_favour, denominator=x.result.denominator,
                                result=tr("passed") if x.result.passed else tr("not passed")) for x in v.votes])

    def _tick(self) -> None:
        if self.view is None or self.view.started_at is None:
            self.live.elapsed.setText("")
            return
        seconds = max(int((dt.datetime.now(dt.UTC) - self.view.started_at).total_seconds()), 0)
        self.live.elapsed.setText(f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")

    # --- writing: each change one committed unit of work -----------------------------------------------

    def _do(self, work) -> bool:  # work(uow) -> None
        try:
            with self.app.uow() as uow:
                work(uow)
                uow.commit()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.data_changed.emit()
        return True

    def start_meeting(self) -> None:
        from desktop_app.services import meetings

        profile = self.app.profile
        result = {}

        def work(uow):
            result["v"] = meetings.start_meeting(
                uow, viewer=profile, kind=self.kind.currentData(), on=dt.date.today(),
                chair=profile.display_name if profile else None, secretary=self.secretary.text(),
                start=dt.datetime.now().time().replace(second=0, microsecond=0), place=tr("Village hall"))

        if self._do(work):
            self.refresh(select=result["v"].row.id)
            self.show_meeting(result["v"].row.id)

    def _roll_clicked(self, item: QListWidgetItem) -> None:
        from desktop_app.domain.meetings import Attendance
        from desktop_app.services import meetings

        status = NEXT.get(item.data(ID_ROLE + 1))
        if status is None:  # a guest
            return
        meeting_id = self.view.row.id
        if self._do(lambda uow: meetings.mark_attendance(uow, meeting_id, item.data(ID_ROLE), viewer=self.app.profile,
                                                         status=Attendance(status))):
            self.show_meeting(meeting_id)

    def save_speech(self) -> None:
        from desktop_app.services import meetings

        meeting_id, speaker, text = self.view.row.id, self.live.speaker.currentText(), self.live.speech.text()
        if self._do(lambda uow: meetings.add_speech(uow, meeting_id, viewer=self.app.profile, speaker=speaker,
                                                    summary=text)):
            self.live.speech.clear()
            self.show_meeting(meeting_id)

    def save_vote(self) -> None:
        from desktop_app.services import meetings

        live, meeting_id = self.live, self.view.row.id
        if self._do(lambda uow: meetings.record_vote(
                uow, meeting_id, viewer=self.app.profile, motion=live.motion.text(), in_favour=live.in_favour.value(),
                against=live.against.value(), abstain=live.abstain.value(), resolution=live.resolution.isChecked())):
            live.motion.clear()
            self.show_meeting(meeting_id)

    def finish_meeting(self) -> None:
        from desktop_app.services import meetings

        meeting_id = self.view.row.id
        end = dt.datetime.now().time().replace(second=0, microsecond=0)
        if self._do(lambda uow: meetings.finish_meeting(uow, meeting_id, viewer=self.app.profile, end=end)):
            self.refresh(select=meeting_id)
            self.show_meeting(meeting_id)
