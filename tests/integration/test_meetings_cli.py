"""``sothon meetings …`` on a real data directory: party cell members, whole meetings from JSON, vote results,
the tasks that come back at the next meeting, party records kept from the hamlet head, and bad input refused
with nothing saved."""


import pytest

from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.services import profiles, register
from tests.conftest import PASSPHRASE, dump_tables, json_cli


@pytest.fixture
def cli(hamlet, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()

    return json_cli(hamlet.data_dir, capsys, tmp_path, command=("meetings",), profile="bi.thu")


@pytest.fixture
def households(hamlet):
    ids = []
    with hamlet.uow() as uow:
        for n, name in enumerate(("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung"), start=1):
            h = register.add_household(uow, number=str(n), address="Xóm 1", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1970, 5, n), sex=Sex.FEMALE if "Thị" in name else Sex.MALE))
            ids.append((h.id, h.head_id))
        uow.commit()
    return ids


@pytest.fixture
def cell(cli):
    """Ten members: seven full and active, one full attached elsewhere, one full exempt, one probationary."""
    ids = {}
    for name, extra in (("Trần Văn Bí Thư", ["--cell-role", "secretary"]), ("Lê Thị Thư Ký", []),
                        ("Nguyễn Văn Một", []), ("Nguyễn Văn Hai", []), ("Nguyễn Văn Ba", []), ("Phạm Thị Bốn", []),
                        ("Vũ Văn Năm", []), ("Đỗ Văn Xa", ["--standing", "attached_elsewhere"]),
                        ("Bùi Văn Già", ["--standing", "exempt"]),
                        ("Hồ Thị Trẻ", ["--membership", "probationary", "--admitted-on", "05/03/2026"])):
        code, m = cli("member-add", "--name", name, "--admitted-on", "01/01/2000", *extra) if "--admitted-on" not in \
            extra else cli("member-add", "--name", name, *extra)
        assert code == 0, m
        ids[name] = m["id"]
    return ids


def _present(cell, *names):
    return [{"member_id": cell[n], "status": "present"} for n in names]


def party_meeting(cell, **more):
    present = ("Trần Văn Bí Thư", "Lê Thị Thư Ký", "Nguyễn Văn Một", "Nguyễn Văn Hai", "Nguyễn Văn Ba",
               "Hồ Thị Trẻ")
    doc = {"kind": "party_cell_regular", "date": "2026-11-05", "start": "08:00", "end": "10:30",
           "place": "Nhà văn hóa thôn", "chair": "Trần Văn Bí Thư", "chair_title": "Bí thư chi bộ",
           "secretary": "Lê Thị Thư Ký",
           "attendance": _present(cell, *present) + [
               {"member_id": cell["Phạm Thị Bốn"], "status": "absent_with_reason", "reason": "ốm"}],
           "guests": ["Đồng chí Nguyễn Văn Thắng, Đảng ủy viên"],
           "speeches": [{"speaker": "Nguyễn Văn Một", "summary": "Nhất trí với báo cáo."}],
           "votes": [{"motion": "Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2026.", "in_favour": 5,
                      "against": 0, "abstain": 0, "resolution": True}],
           "resolution": "Chi bộ thống nhất lãnh đạo thực hiện các nhiệm vụ tháng 11.",
           "conclusion": "Thống nhất các nhiệm vụ như báo cáo.", "grade": "good",
           "tasks": [{"text": "Vận động nhân dân đóng góp làm đường xóm 3", "owner_member_id": cell["Nguyễn Văn Một"],
                      "deadline": "2026-11-30"},
                     {"text": "Rà soát danh sách hộ cận nghèo", "owner_member_id": cell["Phạm Thị Bốn"]}]}
    return doc | more


def test_a_party_meeting_counts_attendance_and_the_vote_on_the_counted_full_members(cli, cell):
    doc = party_meeting(cell)
    doc["votes"].append({"motion": "Đề nghị kết nạp quần chúng ưu tú", "in_favour": 3, "against": 2})
    code, v = cli("create", doc=doc)
    assert code == 0, v
    assert (v["votes"][1]["denominator"], v["votes"][1]["passed"]) == (7, False)  # 3 is not more than 7 / 2
    # expected: the 8 called (not the one attached elsewhere; the exempt one is exempt) → 6 present of 8
    assert v["attendance"]["present"] == 6 and v["attendance"]["expected"] == 8
    assert v["attendance"]["exempt"] == 1 and v["attendance"]["guests"] == 1
    assert v["attendance_rate"] == pytest.approx(6 / 8) and v["attendance_warning"] is True
    assert v["attendance"]["absent_without_reason"] == 1  # Vũ Văn Năm, not listed
    vote = v["votes"][0]
    # counted: 7 active full members (the exempt absent and the attached one left out); present full: 5
    assert vote["denominator"] == 7 and vote["voters_present"] == 5 and vote["passed"] is True  # 5 > 7 / 2
    assert v["agenda"][0].startswith("Khai mạc") and len(v["agenda"]) == 9  # the Guide 12 default agenda
    assert [t["state"] for t in v["tasks"]] == ["open", "open"]
    code, shown = cli("show", v["id"])
    assert code == 0 and shown["votes"] == v["votes"]


def test_the_tasks_come_back_at_the_next_meeting_and_are_done_carried_over_or_dropped(cli, cell):
    code, first = cli("create", doc=party_meeting(cell, votes=[{"motion": "Nghị quyết tháng 11", "in_favour": 5,
                                                                 "against": 0, "resolution": True}]))
    assert code == 0, first
    code, checklist = cli("checklist", "--kind", "party_cell_regular", "--date", "03/12/2026")
    assert code == 0 and [t["text"] for t in checklist] == [t["text"] for t in first["tasks"]]
    done, carried = (t["id"] for t in first["tasks"])
    code, second = cli("create", doc=party_meeting(cell, date="2026-12-03", tasks=[], task_reviews=[
        {"task_id": done, "state": "done"}, {"task_id": carried, "state": "carried_over"}]))
    assert code == 0, second
    assert {t["id"]: t["state"] for t in second["reviewed_tasks"]} == {done: "done", carried: "carried_over"}
    assert [(t["text"], t["carried_from_id"], t["state"]) for t in second["tasks"]] == [
        ("Rà soát danh sách hộ cận nghèo", carried, "open")]
    code, checklist = cli("checklist", "--kind", "party_cell_thematic", "--date", "10/12/2026")
    assert [t["carried_from_id"] for t in checklist] == [carried]  # same body: the party cell
    code, rows = cli("list", "--year", "2026")
    assert [r["date"] for r in rows] == ["2026-12-03", "2026-11-05"]
    assert set(rows[0]) >= {"id", "kind", "date", "title", "body"}


def test_party_records_are_hidden_from_the_hamlet_head(cli, cell, households):
    code, v = cli("create", doc=party_meeting(cell))
    assert code == 0
    code, hamlet_doc = cli("create", profile=None, doc={
        "kind": "hamlet_meeting", "date": "2026-11-20", "chair": "Nguyễn Văn Trưởng", "secretary": "Lê Thị Bình",
        "attendance": [{"household_id": h, "status": "present"} for h, _ in households[:3]],
        "votes": [{"motion": "Làm đường bê tông", "in_favour": 3, "against": 0}]})
    assert code == 0, hamlet_doc
    assert hamlet_doc["votes"][0]["denominator"] == 4 and hamlet_doc["votes"][0]["passed"] is True
    code, rows = cli("list", profile=None)
    assert [r["kind"] for r in rows] == ["hamlet_meeting"]
    code, err = cli("show", v["id"], profile=None)
    assert code == 1 and err["error"] == "meeting_party_only" and "bí thư chi bộ" in err["message"]
    code, err = cli("members", profile=None)
    assert code == 1 and err["error"] == "meeting_party_only"
    code, rows = cli("list")
    assert len(rows) == 2


@pytest.mark.parametrize("change, code, words", [
    ({"votes": [{"motion": "NQ", "in_favour": 5, "against": 1, "abstain": 0}]}, "meeting_vote_over_present",
     "chỉ có 5 người"),
    ({"votes": [{"motion": "NQ", "ballots": "probationary"}]}, "meeting_probationary_vote", "dự bị"),
    ({"votes": [{"motion": "NQ", "in_favour": 3, "against": 2, "abstain": 1}]}, "meeting_vote_over_present",
     "không biểu quyết"),
    ({"chair": ""}, "meeting_chair_required", "chủ trì"),
    ({"secretary": None}, "meeting_secretary_required", "thư ký"),
    ({"end": "07:30"}, "meeting_end_before_start", "07:30"),
    ({"start": "08:00", "end": "08:00"}, "meeting_end_same_minute", "cùng một phút"),
    ({"tasks": [{"text": "Việc", "owner_member_id": "00000000-0000-0000-0000-000000000000"}]},
     "meeting_task_owner_unknown", "không phải là nhân khẩu"),
    ({"tasks": [{"text": "Việc"}]}, "meeting_task_owner_unknown", "người thực hiện"),
    ({"kind": "picnic"}, "meeting_input_invalid", "không hợp lệ"),
    ({"grade": "excellent"}, "meeting_input_invalid", "grade"),
])
def test_bad_meetings_are_refused_in_vietnamese_and_nothing_is_saved(cli, cell, hamlet, change, code, words):
    doc = party_meeting(cell, **change)
    if change.get("votes") and change["votes"][0].get("ballots") == "probationary":
        doc["votes"][0]["ballots"] = [{"member_id": cell["Nguyễn Văn Một"], "choice": "in_favour"},
                                      {"member_id": cell["Hồ Thị Trẻ"], "choice": "in_favour"}]
    before = dump_tables(hamlet.db_path)
    status, err = cli("create", doc=doc)
    assert status == 1 and err["error"] == code, err
    assert words in err["message"]
    assert dump_tables(hamlet.db_path) == before


def test_a_hamlet_meeting_with_more_votes_than_households_present_is_refused(cli, hamlet, households):
    before = dump_tables(hamlet.db_path)
    status, err = cli("create", profile=None, doc={
        "kind": "hamlet_meeting", "date": "2026-11-20", "chair": "Nguyễn Văn Trưởng", "secretary": "Lê Thị Bình",
        "attendance": [{"household_id": h, "status": "present"} for h, _ in households[:2]],
        "votes": [{"motion": "Làm đường", "in_favour": 2, "against": 1}],
        "tasks": [{"text": "Lập danh sách đóng góp", "owner_resident_id": households[0][1]}]})
    assert status == 1 and err["error"] == "meeting_vote_over_present"
    assert dump_tables(hamlet.db_path) == before
    status, err = cli("create", profile=None, doc={
        "kind": "party_cell_regular", "date": "2026-11-20", "chair": "A", "secretary": "B"})
    assert status == 1 and err["error"] == "meeting_party_only"
    assert dump_tables(hamlet.db_path) == before


def test_a_member_becomes_official_and_bad_dates_are_refused(cli, cell, hamlet):
    code, m = cli("member-set", cell["Hồ Thị Trẻ"], "--membership", "full", "--official-on", "05/03/2027")
    assert code == 0 and m["membership"] == "full" and m["official_on"] == "2027-03-05"
    before = dump_tables(hamlet.db_path)
    code, err = cli("member-set", cell["Hồ Thị Trẻ"], "--official-on", "01/01/2026")
    assert code == 1 and err["error"] == "meeting_member_dates"
    assert dump_tables(hamlet.db_path) == before
    code, err = cli("member-set", cell["Hồ Thị Trẻ"], "--official-on", "04/03/2027")  # a day short of 12 months
    assert code == 1 and err["error"] == "meeting_member_probation_short" and "12 tháng" in err["message"]
    assert dump_tables(hamlet.db_path) == before
    code, kinds = cli("kinds")
    assert code == 0 and any(k["code"] == "party_cell_thematic" for k in kinds)


def test_minutes_are_rendered_from_the_stored_meeting(cli, cell, hamlet, households, tmp_path):
    import subprocess

    from desktop_app.services import documents

    code, party = cli("create", doc=party_meeting(cell))
    assert code == 0
    code, town = cli("create", profile=None, doc={
        "kind": "hamlet_meeting", "date": "2026-11-20", "start": "19:30", "end": "21:00", "place": "Nhà văn hóa",
        "chair": "Nguyễn Văn Trưởng", "chair_title": "Trưởng thôn", "secretary": "Lê Thị Bình",
        "attendance": [{"household_id": h, "status": "present"} for h, _ in households[:3]],
        "speeches": [{"speaker": "Ông Phạm Văn Cường", "summary": "Đề nghị làm rãnh thoát nước."}],
        "votes": [{"motion": "Làm đường bê tông liên xóm", "in_favour": 3, "against": 0}],
        "tasks": [{"text": "Lập danh sách hộ đóng góp", "owner_resident_id": households[1][1],
                   "deadline": "2026-12-15"}]})
    assert code == 0, town
    out = tmp_path / "pdf"
    out.mkdir()
    pdf = documents.render(hamlet, "hamlet_meeting_minutes", record_id=town["id"])
    (out / "hamlet.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(out / "hamlet.pdf"), "-"], capture_output=True,
                          text=True).stdout
    text = " ".join(text.split())
    assert "Làm đường bê tông liên xóm" in text and "Lê Thị Bình" in text and "Lập danh sách hộ đóng góp" in text
    assert "3/4" in text.replace(" ", "")
    # the hamlet head cannot print the party minutes; the secretary can
    from desktop_app.domain.errors import AuthError, NotFound

    with pytest.raises(AuthError):
        documents.render(hamlet, "party_cell_minutes", record_id=party["id"])
    with pytest.raises(NotFound):
        documents.render(hamlet, "party_cell_minutes", record_id=town["id"])
    hamlet.unlock("bi.thu", PASSPHRASE)
    (out / "party.pdf").write_bytes(documents.render(hamlet, "party_cell_minutes", record_id=party["id"]))
    text = subprocess.run(["pdftotext", "-layout", str(out / "party.pdf"), "-"], capture_output=True,
                          text=True).stdout
    text = " ".join(text.split())
    assert "Phạm Thị Bốn (ốm)" in text and "Vũ Văn Năm" in text and "Nghị quyết" in text
    assert "Tốt" in text and "Vận động nhân dân đóng góp làm đường xóm 3" in text
    # the specimens now show the stored meetings, not the sample
    written = documents.render_specimens(hamlet, out / "specimens", acting=hamlet.profile)
    spec = subprocess.run(["pdftotext", str(out / "specimens" / "party_cell_minutes.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Vũ Văn Năm" in spec and any(p.name == "hamlet_meeting_minutes.pdf" for p in written)
