"""The Meetings area: the meetings the profile may see (a party profile also the party cell's and its members),
a finished meeting's read-only page (``sheet.MeetingSheet``) with its documents, and the live screen the
secretary keeps during a meeting — roll call by click (a hamlet meeting's by household, ``households``), the
start time to the minute and the elapsed time, quick speech notes, vote counting. Each change on the live screen
is its own committed unit of work (the engine commits with synchronous=FULL), so a crash loses at most the text
of the field being typed."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
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
from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ
from desktop_app.gui.common import confirm, rows_table, show_error
from desktop_app.gui.meetings.households import HouseholdRoll
from desktop_app.gui.meetings.sheet import ATTENDANCE, MeetingSheet, cap, document_kinds, percent
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr

ID_ROLE = Qt.ItemDataRole.UserRole
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
        self.started = QLabel()
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.elapsed.setMinimumWidth(120)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.roll = QListWidget()
        self.households = HouseholdRoll()  # a hamlet meeting's roll call, by household
        self.roll_stack = QStackedWidget()
        self.roll_stack.addWidget(self.roll)
        self.roll_stack.addWidget(self.households)
        # Guests come in while the meeting runs (the commune's officer, the police, a mass organisation's head).
        self.guest = QLineEdit()
        self.guest.setPlaceholderText(tr("A guest's name and position — Enter adds them"))
        self.add_guest = QPushButton(tr("Add the guest"))
        self.guests = QLabel()
        self.guests.setWordWrap(True)
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
        top.addWidget(self.started)
        top.addWidget(self.elapsed)
        self.roll_box = roll = QGroupBox(tr("Roll call (click a name)"))
        rl = QVBoxLayout(roll)
        rl.addWidget(self.rate)
        rl.addWidget(self.roll_stack, 1)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest, 1)
        guest_row.addWidget(self.add_guest)
        rl.addLayout(guest_row)
        rl.addWidget(self.guests)
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
        counts = QGridLayout()  # each count under its label: the labels are long in Vietnamese
        for col, (text, box) in enumerate(((tr("In favour"), self.in_favour), (tr("Against"), self.against),
                                           (tr("Abstain"), self.abstain))):
            counts.addWidget(QLabel(text), 0, col)
            counts.addWidget(box, 1, col)
        form.addRow(counts)
        record = QHBoxLayout()
        record.addWidget(self.resolution)
        record.addStretch(1)
        record.addWidget(self.record_vote)
        form.addRow(record)
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
        split.setSizes([520, 500])
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
        self.rendered: tuple[str, bytes] | None = None  # the last document made from a meeting (kind, PDF)
        self.kind = QComboBox()
        self.secretary = QLineEdit()
        self.secretary.setPlaceholderText(tr("Secretary (who keeps the minutes)"))
        self.start = QPushButton(tr("Start a meeting"))
        self.members = QPushButton(tr("Party cell members…"))
        self.table = rows_table(3, stretch=2)
        self.delete = QPushButton(tr("Move the meeting to the trash…"))
        self.delete.setEnabled(False)
        self.hint = hint_label()
        self.sheet = MeetingSheet()
        self.live = LiveView()
        self.empty = hint_label(tr("No meeting recorded yet. Choose the kind and start one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.sheet)
        self.stack.addWidget(self.live)
        # The clock of the live screen (Vietnam's time; a test sets another).
        self.now = lambda: clock.now().astimezone(VN_TZ)
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Secretary"), self.secretary)
        form.addRow(self.start)
        form.addRow(self.members)
        left = QWidget()
        left.setMinimumWidth(300)  # the meeting's title stays readable next to its number and date
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(Heading(tr("Meetings"), factor=1.2))
        lv.addLayout(form)
        lv.addWidget(self.hint)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([360, 1006])
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
        self.live.add_guest.clicked.connect(self.save_guest)
        self.live.guest.returnPressed.connect(self.save_guest)
        self.live.add_speech.clicked.connect(self.save_speech)
        self.live.speech.returnPressed.connect(self.save_speech)
        self.live.record_vote.clicked.connect(self.save_vote)
        self.live.finish.clicked.connect(self.finish_meeting)
        self.live.households.marked.connect(self.mark_household)
        self.sheet.document_requested.connect(self.render_document)
        self.members.clicked.connect(self.open_members)
        self.delete.clicked.connect(self.delete_selected)
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
        party = meetings.is_party_viewer(self.app.profile)
        self.hint.setText(tr("Party cell meetings show only with the party cell secretary's profile.")
                          if not party else "")
        self.members.setVisible(party)
        self.sheet.retranslate_ui()
        self.live.households.retranslate_ui()

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
                item.setToolTip(title)
                item.setData(ID_ROLE, r.id)
                self.table.setItem(i, col, item)
            if r.id == select:
                self.table.selectRow(i)
        if select is None and self.rows:
            self.table.selectRow(0)
        if not self.rows:
            self.view = None
            self.timer.stop()
            self.stack.setCurrentWidget(self.empty)
        self.delete.setEnabled(bool(self.table.selectedItems()))
        self.ready.emit()

    def _selected(self) -> None:
        items = self.table.selectedItems()
        self.delete.setEnabled(bool(items))
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
            households = None
            if self.view.row.body.value == "hamlet":
                with self.app.uow() as uow:
                    households = meetings.household_roll(uow, meeting_id, viewer=self.app.profile)
            self.sheet.show_meeting(self.view, document_kinds(self.view.row), households)
            self.stack.setCurrentWidget(self.sheet)

    def selected_row(self):  # -> MeetingRow | None
        items = self.table.selectedItems()
        return self.rows[items[0].row()] if items else None

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        return confirm(self, title, text, yes)

    def delete_selected(self) -> bool:
        """Move the selected meeting to the trash after asking; a refusal (signed minutes kept, tasks a later
        meeting reviewed) is shown and nothing changes. True when it went."""
        from desktop_app.services import meetings

        r = self.selected_row()
        if r is None:
            return False
        question = tr("Move meeting {number} of {date} ({title}) to the trash?\n\nDelete only a meeting recorded by"
                      " mistake. The tasks of earlier meetings it reviewed go back on the checklist. The Trash"
                      " page can restore it, and the commune stops counting it after the next bundle.",
                      number=r.number, date=format_date(r.date), title=r.title)
        if not self._confirm(tr("Delete a meeting"), question, tr("Move to the trash")):
            return False
        try:
            with self.app.uow() as uow:
                meetings.delete_meeting(uow, r.id, viewer=self.app.profile)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — a refusal is shown, never raised into Qt
            show_error(self, exc)
            return False
        self.view = None
        self.timer.stop()
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(tr("Meeting {number} was moved to the trash.", number=r.number))
        return True

    def _rate_text(self) -> str:
        c = self.view.counts
        rate = percent(c.present, c.expected)
        if self.view.row.body.value == "hamlet":  # a hamlet meeting is attended by households
            text = tr("{present} of {expected} households represented ({rate}); {guests} guests.",
                      present=format_number(c.present), expected=format_number(c.expected), rate=rate,
                      guests=c.guests)
        else:
            text = tr("Present {present} of {expected} expected ({rate}); {guests} guests.", present=c.present,
                      expected=c.expected, rate=rate, guests=c.guests)
        if self.view.attendance_warning:
            text += " " + tr("Under 85 %: a quality warning for the minutes.")
        return text

    def _fill_live(self) -> None:
        v = self.view
        live = self.live
        live.heading.setText(f"{cap(v.row.title)} — {v.row.number}")
        live.started.setText(tr("Started at {time}", time=v.start.strftime("%H:%M")) if v.start else "")
        live.rate.setText(self._rate_text())
        hamlet = v.row.body.value == "hamlet"
        live.roll_stack.setCurrentWidget(live.households if hamlet else live.roll)
        live.roll_box.setTitle(tr("Roll call by household") if hamlet else tr("Roll call (click a name)"))
        if hamlet:
            from desktop_app.services import meetings

            with self.app.uow() as uow:
                live.households.set_lines(meetings.household_roll(uow, v.row.id, viewer=self.app.profile))
        live.roll.clear()
        for a in v.attendance:
            item = QListWidgetItem(f"{a.name} — {tr(ATTENDANCE[a.status.value])}")
            item.setData(ID_ROLE, a.id)
            item.setData(ID_ROLE + 1, a.status.value)
            if a.status.value == "present":
                item.setBackground(PRESENT_BRUSH)
            live.roll.addItem(item)
        guests = [a.name for a in v.attendance if a.status.value == "guest"]
        # A hamlet meeting's roll lists households: its guests are named here (a body's roll lists them).
        live.guests.setText(tr("Guests: {names}", names=", ".join(guests)) if guests and hamlet else "")
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
        seconds = max(int((clock.now() - self.view.started_at).total_seconds()), 0)
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
        now = self.now()  # the start is kept to the minute (hh:mm), as the minutes print it

        def work(uow):
            result["v"] = meetings.start_meeting(
                uow, viewer=profile, kind=self.kind.currentData(), on=now.date(),
                chair=profile.display_name if profile else None, secretary=self.secretary.text(),
                start=now.time().replace(second=0, microsecond=0), place=tr("Village hall"))

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

    def save_guest(self) -> None:
        """A guest who came to the meeting: on its attendance as a guest, and among the speakers."""
        from desktop_app.services import meetings

        meeting_id, name = self.view.row.id, self.live.guest.text()
        if self._do(lambda uow: meetings.add_guest(uow, meeting_id, viewer=self.app.profile, name=name)):
            self.live.guest.clear()
            self.show_meeting(meeting_id)
            self.status_message.emit(tr("{name} is on the attendance as a guest.", name=name.strip()))

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
        now = self.now()
        end = now.time().replace(second=0, microsecond=0)  # to the minute, as the start
        if self._do(lambda uow: meetings.finish_meeting(uow, meeting_id, viewer=self.app.profile, end=end,
                                                        today=now.date())):
            self.refresh(select=meeting_id)
            self.show_meeting(meeting_id)

    def mark_household(self, line_id: str, status: str, reason: str, representative_id: str) -> None:
        """One household's attendance at the hamlet meeting in progress, committed at once."""
        from desktop_app.services import meetings

        meeting_id = self.view.row.id
        if self._do(lambda uow: meetings.mark_household(uow, meeting_id, line_id, viewer=self.app.profile,
                                                        status=status, reason=reason or None,
                                                        representative_id=representative_id or None)):
            self.show_meeting(meeting_id)
            self.live.households.select(line_id)

    # --- documents and members ------------------------------------------------------------------------

    def render_document(self, kind: str) -> None:
        """The finished meeting's document of ``kind``, made in the background and shown in the Documents
        area's preview, ready to sign (the kept copy names this meeting)."""
        app, row = self.app, self.view.row

        def work() -> bytes:
            from desktop_app.services import archive, documents

            signer, deputy = archive.preview_signer(app, kind, on=row.date)
            return documents.render(app, kind, record_id=row.id, on=row.date, signer=signer, deputy_title=deputy)

        def done(pdf: bytes) -> None:
            if shiboken6.isValid(self):
                self.rendered = (kind, pdf)
                self._show_in_documents(kind, pdf, row)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                show_error(self, exc)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Creating the document…"))

    def _show_in_documents(self, kind: str, pdf: bytes, row) -> None:  # row: MeetingRow
        window = self.window()
        page = window.show_area("documents") if hasattr(window, "show_area") else None
        if page is None:
            self.status_message.emit(tr("The document was made; open the Documents area to see it."))
            return
        from desktop_app.gui.documents.page import Rendered

        try:
            page.select_kind(kind)  # its options (the co-signing secretary) follow the kind
        except KeyError:
            pass
        page.show_pdf(Rendered(pdf, kind, row.date, None, None, record_id=row.id))

    def open_members(self) -> None:
        from desktop_app.gui.meetings.members import MembersDialog

        dialog = MembersDialog(self.app, self)
        dialog.exec()
        if dialog.changed:
            self.data_changed.emit()
