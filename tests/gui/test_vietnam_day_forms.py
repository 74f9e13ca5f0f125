"""The window's date fields offer Vietnam's day (domain.clock), the day the register counts, when the computer's
own calendar says the day before (20:00 UTC on 7 December is 8 December in Vietnam)."""

import datetime as dt

from desktop_app.domain import clock
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.gui.register.action_dialogs import LeaveDialog
from desktop_app.services import register


def test_a_leave_dialog_offers_vietnams_day_and_no_later_one(qtbot, hamlet, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC))
    with hamlet.uow() as uow:
        h = register.add_household(uow, number="3", address=None, head=ResidentInput(
            "Lê Thị Năm", BirthDate(1950), Sex.FEMALE))
        uow.commit()
    dialog = LeaveDialog(hamlet, h.head_id, kind="death")
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date().toPython() == dt.date(2026, 12, 8)
    assert dialog.date_edit.maximumDate().toPython() == dt.date(2026, 12, 8)


def test_a_time_field_shows_and_reads_vietnams_wall_time(monkeypatch):
    from desktop_app.gui.common import pydatetime, qdatetime

    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 7, 20, 5, 30, tzinfo=dt.UTC))
    now = qdatetime()  # the default of a new event's "occurred at"
    assert (now.date().toPython(), now.time().hour(), now.time().minute()) == (dt.date(2026, 12, 8), 3, 5)
    stored = dt.datetime(2026, 3, 1, 1, 30)  # naive, as stored: UTC
    shown = qdatetime(stored)
    assert shown.toString("dd/MM/yyyy HH:mm") == "01/03/2026 08:30"
    back = pydatetime(shown)
    assert back.utcoffset() == dt.timedelta(hours=7) and back == stored.replace(tzinfo=dt.UTC)
