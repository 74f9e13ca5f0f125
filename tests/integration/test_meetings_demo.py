"""The commune's demo data holds a year of meetings for each hamlet and its party cell, as if each hamlet had
recorded them: monthly cell meetings, a thematic one a quarter, the yearly hamlet meeting, every date past, the
tasks of one cell meeting reviewed and carried over at the next."""

import datetime as dt
import sqlite3

from desktop_app.services import demo
from tests.conftest import make_commune


def test_the_commune_demo_has_a_year_of_meetings_for_each_hamlet_and_its_party_cell(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "COMMUNE_HAMLETS", 2)
    monkeypatch.setattr(demo, "COMMUNE_HOUSEHOLDS_PER_HAMLET", 40)
    app = make_commune(tmp_path / "commune")
    today = dt.date(2026, 12, 7)
    with app.uow() as uow:
        result = demo.fill_demo(uow, scale="commune", seed=1, force=False, today=today)
        uow.commit()
    conn = sqlite3.connect(app.db_path)
    try:
        kinds = {(u, k): n for u, k, n in conn.execute(
            "SELECT unit_code, kind, count(*) FROM meetings GROUP BY unit_code, kind")}
        assert {u for u, _ in kinds} == set(result.units) and len(result.units) == 2
        for unit in result.units:
            assert kinds[(unit, "party_cell_regular")] == 12  # January … December 2026, on the 5th
            assert kinds[(unit, "party_cell_thematic")] == 3  # 20 March, June, September (not 20 December yet)
            assert kinds[(unit, "hamlet_meeting")] == 1  # the year-end meeting, 20 December 2025
        assert conn.execute("SELECT max(held_on) FROM meetings").fetchone()[0] <= today.isoformat()
        assert conn.execute("SELECT count(*) FROM meetings WHERE status != 'held' OR end_time <= start_time"
                            ).fetchone() == (0,)
        # party records are the party's: the cell meetings and members are marked so, the hamlet meeting not
        assert conn.execute("SELECT count(*) FROM meetings WHERE party != (body = 'party_cell')").fetchone() == (0,)
        members = dict(conn.execute("SELECT unit_code, count(*) FROM party_members GROUP BY unit_code"))
        assert members == {u: 20 for u in result.units}
        # each task carried over comes back at a later meeting of the same hamlet's cell, which reviewed it
        carried = conn.execute(
            "SELECT old.state, old.reviewed_in_id = new.meeting_id, m_old.unit_code = m_new.unit_code,"
            " m_old.held_on < m_new.held_on FROM meeting_tasks new JOIN meeting_tasks old ON old.id = new.carried_from_id"
            " JOIN meetings m_old ON m_old.id = old.meeting_id JOIN meetings m_new ON m_new.id = new.meeting_id"
        ).fetchall()
        assert len(carried) >= 10 and set(carried) == {("carried_over", 1, 1, 1)}
        states = dict(conn.execute("SELECT state, count(*) FROM meeting_tasks GROUP BY state"))
        assert states["done"] > states["carried_over"] > states["dropped"] > 0
        # an absence without reason carries no reason; the hamlet meeting has households absent with one
        assert conn.execute("SELECT count(*) FROM meeting_attendance WHERE status = 'absent_without_reason'"
                            " AND reason IS NOT NULL").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id"
                            " WHERE m.kind = 'hamlet_meeting' AND a.status = 'absent_with_reason'"
                            " AND a.reason IS NOT NULL").fetchone()[0] > 0
    finally:
        conn.close()
    app.close()
