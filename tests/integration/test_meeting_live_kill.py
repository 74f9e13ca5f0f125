"""A live meeting survives its process being killed: every change the secretary makes is its own commit
(synchronous=FULL), so SIGKILL at any moment loses nothing already saved."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from desktop_app.domain.units import Role
from desktop_app.services import meetings, profiles
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent("""
    import datetime as dt, sys, time
    from desktop_app.domain.clock import vn_today
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.meetings import Attendance
    from desktop_app.services import meetings

    app = open_app(__import__("pathlib").Path(sys.argv[1]))
    app.unlock("bi.thu", sys.argv[2])
    with app.uow() as uow:
        v = meetings.start_meeting(uow, viewer=app.profile, kind="party_cell_regular", on=vn_today(),
                                   chair="Trần Văn Bí Thư", secretary="Lê Thị Thư Ký", start=dt.time(8, 0),
                                   place="Nhà văn hóa thôn")
        uow.commit()
    print("meeting", v.row.id, flush=True)
    for n, line in enumerate(v.attendance, start=1):
        with app.uow() as uow:
            meetings.mark_attendance(uow, v.row.id, line.id, viewer=app.profile, status=Attendance.PRESENT)
            uow.commit()
        print("present", line.id, flush=True)
    n = 0
    while True:  # speech notes until killed
        n += 1
        with app.uow() as uow:
            meetings.add_speech(uow, v.row.id, viewer=app.profile, speaker="Nguyễn Văn Một",
                                summary=f"Ý kiến số {n}")
            uow.commit()
        print("speech", n, flush=True)
        time.sleep(0.01)
""")


def test_killing_the_process_during_a_live_meeting_loses_nothing_already_saved(hamlet, tmp_path):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    hamlet.unlock("bi.thu", PASSPHRASE)
    with hamlet.uow() as uow:
        for name in ("Trần Văn Bí Thư", "Lê Thị Thư Ký", "Nguyễn Văn Một", "Phạm Thị Hai"):
            meetings.add_member(uow, viewer=hamlet.profile, full_name=name)
        uow.commit()
    hamlet.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = os.environ | {"PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, str(script), str(hamlet.data_dir), PASSPHRASE], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=os.getcwd())
    saved: list[list[str]] = []
    try:
        for line in proc.stdout:
            saved.append(line.split())
            if saved[-1][0] == "speech" and int(saved[-1][1]) >= 25:
                proc.send_signal(signal.SIGKILL)  # in the middle of the next speech's write
                break
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    meeting_id = saved[0][1]
    conn = sqlite3.connect(hamlet.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        statuses = dict(conn.execute("SELECT id, status FROM meeting_attendance WHERE meeting_id = ?", (meeting_id,)))
        speeches = {s for (s,) in conn.execute("SELECT summary FROM meeting_speeches WHERE meeting_id = ?",
                                               (meeting_id,))}
        status = conn.execute("SELECT status FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    finally:
        conn.close()
    assert status == ("in_progress",)
    marked = [w[1] for w in saved if w[0] == "present"]
    assert len(marked) == 4 and all(statuses[i] == "present" for i in marked)
    said = {f"Ý kiến số {w[1]}" for w in saved if w[0] == "speech"}
    assert said <= speeches and len(speeches) - len(said) <= 1  # at most the one being written when killed


HAMLET_CHILD = textwrap.dedent("""
    import datetime as dt, sys, time
    from desktop_app.domain.clock import vn_today
    from desktop_app.bootstrap import open_app
    from desktop_app.services import meetings

    app = open_app(__import__("pathlib").Path(sys.argv[1]))
    app.unlock(app.settings.default_profile, sys.argv[2])
    with app.uow() as uow:
        v = meetings.start_meeting(uow, viewer=app.profile, kind="hamlet_meeting", on=vn_today(),
                                   chair="Nguyễn Văn Trưởng", secretary="Lê Thị Bình", start=dt.time(19, 30))
        uow.commit()
    print("meeting", v.row.id, flush=True)
    with app.uow() as uow:
        lines = meetings.household_roll(uow, v.row.id, viewer=app.profile)
    n = 0
    while True:  # households marked, one commit each, round and round until killed
        for line in lines:
            n += 1
            status, reason = ("present", None) if n % 3 else ("absent_with_reason", f"ốm lần {n}")
            with app.uow() as uow:
                meetings.mark_household(uow, v.row.id, line.line_id, viewer=app.profile, status=status,
                                        reason=reason, representative_id=line.members[-1][0])
                uow.commit()
            print("marked", line.line_id, status, n, flush=True)
            time.sleep(0.005)
""")


def test_killing_the_process_while_households_are_marked_keeps_every_mark_already_saved(hamlet, tmp_path):
    from desktop_app.domain.people import BirthDate, ResidentInput, Sex
    from desktop_app.services import register

    with hamlet.uow() as uow:
        for n, name in enumerate(("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung"), start=1):
            register.add_household(uow, number=str(n), address="Xóm 1", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1970, 5, n), sex=Sex.FEMALE if "Thị" in name else Sex.MALE))
        uow.commit()
    hamlet.close()
    script = tmp_path / "hamlet_child.py"
    script.write_text(HAMLET_CHILD, encoding="utf-8")
    env = os.environ | {"PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, str(script), str(hamlet.data_dir), PASSPHRASE], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=os.getcwd())
    saved: list[list[str]] = []
    try:
        for line in proc.stdout:
            saved.append(line.split())
            if saved[-1][0] == "marked" and int(saved[-1][3]) >= 22:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    meeting_id = saved[0][1]
    conn = sqlite3.connect(hamlet.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {i: (s, r) for i, s, r in conn.execute(
            "SELECT id, status, reason FROM meeting_attendance WHERE meeting_id = ?", (meeting_id,))}
    finally:
        conn.close()
    last = {}
    for w in saved[1:]:
        last[w[1]] = (w[2], int(w[3]))
    assert len(last) == 4 and {n for _, n in last.values()} == {19, 20, 21, 22}
    for line_id, (status, n) in last.items():
        if n == 19:  # mark 23 (this line again) may have been committed before the kill, not yet printed
            continue
        assert stored[line_id] == (status, f"ốm lần {n}" if status == "absent_with_reason" else None)
