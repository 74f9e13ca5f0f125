"""A finished meeting, read only: who attended (counts, the rate and its 85 % warning), what was said and
concluded, each vote with its counts and shares of the denominator it is counted on, the tasks assigned and
those of the previous meeting reviewed; one button for each document the documents registry makes from a
meeting (the minutes of its body, the invitation, the party cell's resolution…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.common import rows_table
from desktop_app.gui.style import ERROR_COLOUR, Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr

ATTENDANCE = {"present": N_("present"), "absent_with_reason": N_("absent with reason"),
              "absent_without_reason": N_("absent without reason"), "exempt": N_("exempt"), "guest": N_("guest")}
TASK_STATES = {"open": N_("not reviewed yet"), "done": N_("completed"),
               "carried_over": N_("carried over to a later meeting"), "dropped": N_("dropped, not continued")}
MEMBERSHIP = {"full": N_("full member"), "probationary": N_("probationary member")}
# What "more than half" is counted on, by who votes at the meeting.
DENOMINATOR = {"households": N_("{count} households of the hamlet"),
               "full_members": N_("{count} counted full members"),
               "present": N_("{count} present")}
KIND_ROLE = Qt.ItemDataRole.UserRole


def percent(part: int, whole: int) -> str:
    """"66,7%" (the language's decimal comma); "—" when there is nothing to count on."""
    return "—" if not whole else f"{format_number(100 * part / whole, 1)}%"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for col, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            table.setItem(i, col, item)


def document_kinds(row) -> list[str]:  # row: MeetingRow
    """The document kinds the documents registry makes from this stored meeting: the minutes of its body and
    any kind made for a ``meeting`` record (an invitation, a resolution…), party kinds for a party meeting and
    state kinds for the others, in the registry's order."""
    from desktop_app.services import documents

    minutes_body = getattr(documents, "_MEETING_BODY", {})  # minutes kind → the body it is the minutes of
    out = []
    for code, info in documents.KINDS.items():
        if info.party != row.party:
            continue
        if code in minutes_body:
            if minutes_body[code] == row.body.value:
                out.append(code)
        elif info.record == "meeting":
            out.append(code)
    return out


class MeetingSheet(QWidget):
    """Layout and filling only; the page connects ``document_requested(kind)`` to the rendering."""

    document_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.view = None  # the MeetingView shown
        self.households: list | None = None
        self.title = Heading(factor=1.3)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.absentees = hint_label()
        self.documents_label = QLabel()
        self.buttons_row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        self.tabs = QTabWidget()
        self.attendance = rows_table(3, stretch=2)
        self.speeches = rows_table(2, stretch=1)
        self.speeches.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.votes = rows_table(6, stretch=0)
        self.votes.setWordWrap(True)
        self.tasks = rows_table(4, stretch=0)
        self.reviewed_label = QLabel()
        self.reviewed = rows_table(3, stretch=0)
        attendance = QWidget()
        al = QVBoxLayout(attendance)
        al.addWidget(self.absentees)
        al.addWidget(self.attendance, 1)
        proceedings = QWidget()
        pl = QVBoxLayout(proceedings)
        pl.addWidget(self.speeches, 3)
        pl.addWidget(self.outcome, 1)
        tasks = QWidget()
        tl = QVBoxLayout(tasks)
        tl.addWidget(self.tasks, 3)
        tl.addWidget(self.reviewed_label)
        tl.addWidget(self.reviewed, 2)
        self.tabs.addTab(attendance, "")
        self.tabs.addTab(proceedings, "")
        self.tabs.addTab(self.votes, "")
        self.tabs.addTab(tasks, "")
        docs = QHBoxLayout()
        docs.addWidget(self.documents_label)
        docs.addLayout(self.buttons_row)
        docs.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.rate)
        layout.addLayout(docs)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((tr("Attendance"), tr("Speeches and conclusions"), tr("Votes"), tr("Tasks"))):
            self.tabs.setTabText(i, text)
        self.attendance.setHorizontalHeaderLabels([tr("Name"), tr("Attendance"), tr("Reason")])
        self.speeches.setHorizontalHeaderLabels([tr("Speaker"), tr("Opinion")])
        self.votes.setHorizontalHeaderLabels([tr("Motion"), tr("In favour"), tr("Against"), tr("Abstain"),
                                              tr("Counted on"), tr("Result")])
        self.tasks.setHorizontalHeaderLabels([tr("Task"), tr("Owner"), tr("Deadline"), tr("State")])
        self.reviewed.setHorizontalHeaderLabels([tr("Task"), tr("Owner"), tr("Reviewed")])
        self.reviewed_label.setText(tr("Tasks of the earlier meetings reviewed at this one"))
        self.documents_label.setText(tr("Documents:"))
        if self.view is not None:
            self.show_meeting(self.view, [b.property("kind") for b in self.buttons], self.households)

    def show_meeting(self, v, kinds: list[str], households: list | None = None) -> None:  # v: MeetingView
        """Fill the sheet from ``v``; ``kinds``: the document kinds offered (``meetings.document_kinds``);
        ``households``: a hamlet meeting's roll by household (``meetings.household_roll``), shown in its order
        (the heads' names in Vietnamese order) with each household's number and address."""
        from desktop_app.gui.documents.issued_list import kind_label
        from desktop_app.services.documents import KINDS

        self.view = v
        self.households = households
        self.title.setText(f"{cap(v.row.title)} — {v.row.number}")
        times = "–".join(t.strftime("%H:%M") for t in (v.start, v.end) if t)
        facts = [tr("Held on {date}", date=format_date(v.row.date)) + (f", {times}" if times else ""),
                 tr("Place: {place}", place=v.place or "—"),
                 tr("Chair: {chair}; secretary: {secretary}", chair=v.chair, secretary=v.secretary)]
        if v.grade:
            from desktop_app.services import meetings

            facts.append(tr("Grade: {grade}", grade=meetings.rules(v.row.date).grade_label(v.grade)))
        self.facts.setText("\n".join(facts))
        c = v.counts
        figures = {"present": format_number(c.present), "expected": format_number(c.expected),
                   "rate": percent(c.present, c.expected), "with_reason": format_number(c.absent_with_reason),
                   "without_reason": format_number(c.absent_without_reason), "exempt": format_number(c.exempt),
                   "guests": format_number(c.guests)}
        if v.row.body.value == "hamlet":  # attended by households: no one is exempt
            text = tr("{present} of {expected} households represented ({rate}); absent with reason {with_reason},"
                      " without reason {without_reason}; {guests} guests.", **figures)
        else:
            text = tr("Present {present} of {expected} expected ({rate}); absent with reason {with_reason}, without"
                      " reason {without_reason}; exempt {exempt}; {guests} guests.", **figures)
        if v.attendance_warning:
            text += " " + tr("Under 85 %: a quality warning for the minutes, not a reason to refuse them.")
        self.rate.setText(text)
        self.rate.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if v.attendance_warning else "")
        self.absentees.setText(tr("Absent repeatedly at the recent meetings: {names}.",
                                  names=", ".join(v.repeated_absentees)) if v.repeated_absentees else "")
        self.absentees.setVisible(bool(v.repeated_absentees))
        if households:
            by_household = [(tr("{name} (household {number}, {address})", name=x.representative, number=x.number,
                                address=x.address or "—"), tr(ATTENDANCE[x.status.value]), x.reason or "")
                            for x in households]
            others = [(a.name, tr(ATTENDANCE[a.status.value]), a.reason or "") for a in v.attendance
                      if not a.household_id]
            _fill(self.attendance, by_household + others)
        else:
            # A probationary member is marked: they take part but do not vote.
            _fill(self.attendance, [(a.name + (f" ({tr(MEMBERSHIP[a.membership.value])})"
                                               if a.membership and a.membership.value == "probationary" else ""),
                                     tr(ATTENDANCE[a.status.value]), a.reason or "") for a in v.attendance])
        _fill(self.speeches, [(s["speaker"], s["summary"]) for s in v.speeches])
        self.speeches.resizeRowsToContents()
        outcome = []
        if v.conclusion:
            outcome.append(tr("Conclusions: {text}", text=v.conclusion))
        if v.resolution:
            outcome.append(tr("Resolution: {text}", text=v.resolution))
        self.outcome.setText("\n\n".join(outcome) or tr("No conclusion was recorded."))
        voters = self._voters()
        rows = []
        for x in v.votes:
            r = x.result
            rows.append((x.motion + (f" ({tr('the resolution')})" if x.is_resolution else ""),
                         f"{format_number(r.in_favour)} ({percent(r.in_favour, r.denominator)})",
                         f"{format_number(r.against)} ({percent(r.against, r.denominator)})",
                         f"{format_number(r.abstain)} ({percent(r.abstain, r.denominator)})",
                         tr(DENOMINATOR[voters], count=format_number(r.denominator)),
                         tr("passed") if r.passed else tr("not passed")))
        _fill(self.votes, rows)
        for i, x in enumerate(v.votes):
            self.votes.item(i, 5).setForeground(Qt.GlobalColor.darkGreen if x.result.passed else Qt.GlobalColor.red)
        self.votes.resizeRowsToContents()
        _fill(self.tasks, [(t.text, t.owner_name, format_date(t.deadline) if t.deadline else "—",
                            tr(TASK_STATES[t.state.value])) for t in v.tasks])
        _fill(self.reviewed, [(t.text, t.owner_name, tr(TASK_STATES[t.state.value])) for t in v.reviewed])
        self.reviewed_label.setVisible(bool(v.reviewed))
        self.reviewed.setVisible(bool(v.reviewed))
        for b in self.buttons:
            self.buttons_row.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for code in kinds:
            info = KINDS.get(code)
            if info is None:
                continue
            b = QPushButton(kind_label(info))
            b.setProperty("kind", code)
            b.clicked.connect(lambda _checked=False, code=code: self.document_requested.emit(code))
            self.buttons_row.addWidget(b)
            self.buttons.append(b)
        self.documents_label.setVisible(bool(self.buttons))

    def _voters(self) -> str:
        from desktop_app.services import meetings

        return meetings.rules(self.view.row.date).kind(self.view.row.kind).voters.value
