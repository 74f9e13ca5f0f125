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
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.meetings import Attendance
    from desktop_app.services import meetings

    app = open_app(__import__("pathlib").Path(sys.argv[1]))
    app.unlock("bi.thu", sys.argv[2])
    with app.uow() as uow:
        v = meetings.start_meeting(uow, viewer=app.profile, kind="party_cell_regular", on=dt.date.today(),
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
