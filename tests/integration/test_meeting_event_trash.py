"""A meeting or a security-order event recorded by mistake goes to the trash and comes back, from the command line
(``sothon meetings delete | restore | trash``, ``sothon events delete | restore | trash``) on a real data
directory: refused, with a Vietnamese message and nothing changed, where deleting would lose what the records
certify — signed minutes, tasks a later meeting reviewed, an event a mediation case came from."""

import datetime as dt

import pytest

from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.services import archive, meetings, profiles, register, security
from desktop_app.storage.models import Meeting, MeetingTask, SecurityEvent
from tests.conftest import PASSPHRASE, dump_tables, json_cli, keep_signed
from tests.integration.test_mediation_cases import _case, team  # noqa: F401 — the mediation team fixture
from tests.integration.test_security_cli import EVENT


@pytest.fixture
def cli(hamlet, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)

    return json_cli(hamlet.data_dir, capsys, tmp_path)


@pytest.fixture
def households(hamlet):
    ids = []
    with hamlet.uow() as uow:
        for n, name in enumerate(("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường"), start=1):
            h = register.add_household(uow, number=str(n), address="Xóm 1", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1970, 5, n), sex=Sex.FEMALE if "Thị" in name else Sex.MALE))
            ids.append((h.id, h.head_id))
        uow.commit()
    return ids


def hamlet_meeting(households, date="2026-11-20", **more):
    return {"kind": "hamlet_meeting", "date": date, "start": "19:30", "end": "21:00", "place": "Nhà văn hóa",
            "chair": "Nguyễn Văn Trưởng", "chair_title": "Trưởng thôn", "secretary": "Lê Thị Bình",
            "attendance": [{"household_id": h, "status": "present"} for h, _ in households],
            "tasks": [{"text": "Lập danh sách hộ đóng góp", "owner_resident_id": households[1][1]}]} | more


def _actions(hamlet, record_id):
    with hamlet.uow() as uow:
        return [e.action for e in uow.history(record_id)]


def _record_version(hamlet, meeting_id):
    """The version of the meeting's record as the next bundle carries it."""
    from desktop_app.services import meetings_exchange

    with hamlet.uow() as uow:
        records = meetings_exchange.collect_records(uow, hamlet.unit.code, None, lambda: b"k" * 32, named=False)
    return next(r["version"] for r in records if r["id"] == meeting_id)


# --- meetings -------------------------------------------------------------------------------------------


def test_a_meeting_goes_to_the_trash_keeps_its_number_and_comes_back(cli, hamlet, households):
    code, first = cli("meetings", "create", doc=hamlet_meeting(households))
    assert code == 0, first
    code, gone = cli("meetings", "delete", first["id"])
    assert code == 0, gone
    assert gone["id"] == first["id"] and gone["deleted"] is True and gone["number"] == first["number"]
    assert gone["version"] == first["version"] + 1
    assert cli("meetings", "list")[1] == []
    code, trash = cli("meetings", "trash")
    assert code == 0 and [r["id"] for r in trash] == [first["id"]]
    code, err = cli("meetings", "show", first["id"])
    assert code == 1 and err["error"] == "not_found"
    # the next meeting of the year does not take the deleted one's number: restoring it never clashes
    code, second = cli("meetings", "create", doc=hamlet_meeting(households, date="2026-11-25", tasks=[]))
    assert code == 0 and second["number"] != first["number"]
    code, back = cli("meetings", "restore", first["id"])
    assert code == 0 and back["deleted"] is False and back["version"] == first["version"] + 2
    assert {r["id"] for r in cli("meetings", "list")[1]} == {first["id"], second["id"]}
    assert cli("meetings", "trash")[1] == []
    assert _actions(hamlet, first["id"]) == ["create", "delete", "restore"]


def test_deleting_a_meeting_puts_the_tasks_it_reviewed_back_on_the_checklist_and_restoring_it_again_off(
        cli, hamlet, households):
    code, first = cli("meetings", "create", doc=hamlet_meeting(households))
    assert code == 0, first
    (task,) = first["tasks"]
    code, second = cli("meetings", "create", doc=hamlet_meeting(
        households, date="2026-11-27", tasks=[], task_reviews=[{"task_id": task["id"], "state": "carried_over",
                                                                "note": "chưa xong"}]))
    assert code == 0, second
    checklist = ("meetings", "checklist", "--kind", "hamlet_meeting", "--date", "01/12/2026")
    assert [t["carried_from_id"] for t in cli(*checklist)[1]] == [task["id"]]  # the copy in the second
    sent_before = _record_version(hamlet, first["id"])
    assert cli("meetings", "delete", second["id"])[0] == 0
    (reopened,) = cli(*checklist)[1]
    assert (reopened["id"], reopened["state"], reopened["reviewed_in_id"]) == (task["id"], "open", None)
    code, first_now = cli("meetings", "show", first["id"])
    assert first_now["tasks"][0]["state"] == "open"
    assert _record_version(hamlet, first["id"]) > sent_before  # the earlier meeting's record goes again
    assert cli("meetings", "restore", second["id"])[0] == 0
    code, shown = cli("meetings", "show", second["id"])
    assert [(t["id"], t["state"], t["review_note"]) for t in shown["reviewed_tasks"]] == [
        (task["id"], "carried_over", "chưa xong")]
    assert [t["carried_from_id"] for t in cli(*checklist)[1]] == [task["id"]]


def test_a_meeting_whose_tasks_a_later_meeting_reviewed_is_kept(cli, hamlet, households):
    code, first = cli("meetings", "create", doc=hamlet_meeting(households))
    (task,) = first["tasks"]
    code, second = cli("meetings", "create", doc=hamlet_meeting(
        households, date="2026-11-27", tasks=[], task_reviews=[{"task_id": task["id"], "state": "done"}]))
    assert code == 0, second
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "delete", first["id"])
    assert code == 1 and err["error"] == "meeting_delete_tasks_reviewed"
    assert second["number"] in err["message"] and "27/11/2026" in err["message"] and "Không thể xóa" in err["message"]
    assert dump_tables(hamlet.db_path) == before


def test_restoring_a_meeting_whose_review_was_made_again_elsewhere_is_refused(cli, hamlet, households):
    code, first = cli("meetings", "create", doc=hamlet_meeting(households))
    (task,) = first["tasks"]
    review = [{"task_id": task["id"], "state": "done"}]
    code, second = cli("meetings", "create", doc=hamlet_meeting(households, date="2026-11-27", tasks=[],
                                                                task_reviews=review))
    assert cli("meetings", "delete", second["id"])[0] == 0
    code, third = cli("meetings", "create", doc=hamlet_meeting(households, date="2026-11-28", tasks=[],
                                                               task_reviews=review))
    assert code == 0, third
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "restore", second["id"])
    assert code == 1 and err["error"] == "meeting_restore_tasks_reviewed"
    assert third["number"] in err["message"] and "Lập danh sách hộ đóng góp" in err["message"]
    assert dump_tables(hamlet.db_path) == before


def test_a_meeting_with_signed_minutes_is_kept_until_the_minutes_go_to_the_trash(cli, hamlet, households):
    code, m = cli("meetings", "create", doc=hamlet_meeting(households))
    _signed, doc = keep_signed(hamlet, "hamlet_meeting_minutes", record_id=m["id"])
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "delete", m["id"])
    assert code == 1 and err["error"] == "meeting_delete_papers_issued"
    assert doc.number in err["message"] and "sổ văn bản" in err["message"]
    assert dump_tables(hamlet.db_path) == before
    archive.delete(hamlet, doc.id)
    assert cli("meetings", "delete", m["id"])[0] == 0


def test_a_party_meeting_is_deleted_only_by_the_party_secretary(cli, hamlet):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    code, m = cli("meetings", "create", profile="bi.thu", doc={
        "kind": "party_cell_regular", "date": "2026-11-05", "start": "08:00", "end": "10:30",
        "chair": "Trần Văn Bí Thư", "secretary": "Lê Thị Thư Ký"})
    assert code == 0, m
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "delete", m["id"])
    assert code == 1 and err["error"] == "meeting_party_only" and dump_tables(hamlet.db_path) == before
    assert cli("meetings", "trash")[1] == []
    assert cli("meetings", "delete", m["id"], profile="bi.thu")[0] == 0
    assert [r["id"] for r in cli("meetings", "trash", profile="bi.thu")[1]] == [m["id"]]
    assert cli("meetings", "trash")[1] == []  # the hamlet head does not see the party cell's trash either


def test_bad_meeting_ids_are_refused_in_vietnamese_and_nothing_changes(cli, hamlet, households):
    code, m = cli("meetings", "create", doc=hamlet_meeting(households))
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "delete", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and err["error"] == "not_found" and "cuộc họp" in err["message"]
    code, err = cli("meetings", "restore", m["id"])
    assert code == 1 and err["error"] == "meeting_not_in_trash" and m["number"] in err["message"]
    assert dump_tables(hamlet.db_path) == before
    assert cli("meetings", "delete", m["id"])[0] == 0
    before = dump_tables(hamlet.db_path)
    code, err = cli("meetings", "delete", m["id"])
    assert code == 1 and err["error"] == "meeting_in_trash" and "thùng rác" in err["message"]
    assert dump_tables(hamlet.db_path) == before


# --- security-order events ----------------------------------------------------------------------------------


def test_an_event_goes_to_the_trash_with_its_people_and_comes_back(cli, hamlet):
    code, e = cli("events", "create", doc=EVENT)
    assert code == 0, e
    code, gone = cli("events", "delete", e["id"])
    assert code == 0 and gone["deleted"] is True and gone["version"] == e["version"] + 1
    assert cli("events", "list")[1] == []
    assert [x["id"] for x in cli("events", "trash")[1]] == [e["id"]]
    with hamlet.uow() as uow:  # the people stay with it: a restore brings the event back whole
        assert security.trash(uow)[0].people[0].full_name == "Người không rõ danh tính"
    code, back = cli("events", "restore", e["id"])
    assert code == 0 and back["deleted"] is False and back["people"] == e["people"]
    assert [x["id"] for x in cli("events", "list")[1]] == [e["id"]] and cli("events", "trash")[1] == []
    assert _actions(hamlet, e["id"]) == ["create", "delete", "restore"]


def test_an_event_a_mediation_case_came_from_is_kept_until_unlinked(cli, hamlet, team):  # noqa: F811
    case = _case(hamlet, team)
    code, e = cli("events", "create", doc=EVENT | {"type": "dispute", "severity": "ordinary",
                                                   "mediation_case_id": case.row.id})
    assert code == 0, e
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "delete", e["id"])
    assert code == 1 and err["error"] == "security_event_delete_mediation_linked"
    assert case.row.number in err["message"] and "Ngõ 3, xóm 2" in err["message"]
    assert dump_tables(hamlet.db_path) == before
    code, fixed = cli("events", "update", e["id"], doc=EVENT | {"type": "dispute", "severity": "ordinary"})
    assert code == 0 and fixed["mediation_case_id"] is None
    assert cli("events", "delete", e["id"])[0] == 0


def test_bad_event_ids_are_refused_in_vietnamese_and_nothing_changes(cli, hamlet):
    code, e = cli("events", "create", doc=EVENT)
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "delete", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and err["error"] == "not_found" and "{" not in err["message"]
    code, err = cli("events", "restore", e["id"])
    assert code == 1 and err["error"] == "security_event_not_in_trash" and "14/07/2026" in err["message"]
    assert dump_tables(hamlet.db_path) == before
    assert cli("events", "delete", e["id"])[0] == 0
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "delete", e["id"])
    assert code == 1 and err["error"] == "security_event_in_trash" and "thùng rác" in err["message"]
    assert dump_tables(hamlet.db_path) == before


def test_the_services_refuse_another_units_records(hamlet, households):
    with hamlet.uow() as uow:
        m = meetings.create_meeting(uow, meetings.MeetingInput(
            kind="hamlet_meeting", date=dt.date(2026, 11, 20), chair="Nguyễn Văn Trưởng", secretary="Lê Thị Bình",
            start=dt.time(19, 30), end=dt.time(21, 0)), viewer=None, today=dt.date(2026, 12, 1))
        e = security.record_event(uow, security.event_input_from_json(EVENT))
        uow.session.get(Meeting, m.row.id).unit_code = "17380-thon-khac"
        uow.session.get(SecurityEvent, e.id).unit_code = "17380-thon-khac"
        uow.session.flush()
        from desktop_app.domain.errors import NotFound

        with pytest.raises(NotFound):
            meetings.delete_meeting(uow, m.row.id, viewer=None)
        with pytest.raises(NotFound):
            security.delete_event(uow, e.id)
        assert uow.session.get(MeetingTask, m.row.id) is None
