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


def test_a_time_field_keeps_the_seconds_it_was_given(qtbot):
    """Correcting an event recorded from the command line at 20:00:30 does not move it to 20:00."""
    from desktop_app.gui.common import datetime_edit, field_value, pydatetime, set_field_value

    at = dt.datetime(2026, 11, 20, 13, 0, 30, tzinfo=dt.UTC)
    edit = datetime_edit(at)
    qtbot.addWidget(edit)
    assert edit.text() == "20/11/2026 20:00" and pydatetime(edit.dateTime()) == at
    again = datetime_edit()
    qtbot.addWidget(again)
    set_field_value(again, field_value(edit))  # a draft restored
    assert pydatetime(again.dateTime()) == at


def test_a_time_field_shows_vietnams_time_on_a_computer_set_to_a_zone_with_summer_time():
    """02:30 on 29 March exists in Vietnam but not in Berlin (the clocks jump from 02:00 to 03:00): the field
    shows and reads it as it is, in a fresh process with the computer's zone set to Europe/Berlin."""
    import os
    import subprocess
    import sys

    script = (
        "import datetime as dt\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.domain.clock import VN_TZ\n"
        "from desktop_app.gui.common import datetime_edit, pydatetime\n"
        "for v in (dt.datetime(2026, 3, 29, 2, 30, tzinfo=VN_TZ), dt.datetime(2026, 3, 8, 2, 30, tzinfo=VN_TZ)):\n"
        "    w = datetime_edit(v)\n"
        "    print(w.text(), pydatetime(w.dateTime()) == v)\n")
    env = {**os.environ, "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["29/03/2026 02:30 True", "08/03/2026 02:30 True"]
