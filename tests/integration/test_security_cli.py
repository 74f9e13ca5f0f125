"""``sothon events | activities | assess`` driven in-process through ``cli.main`` on a real data directory."""

import datetime as dt
import json
import sqlite3

import pytest

from desktop_app.domain.clock import VN_TZ, vn_today
from tests.conftest import PASSPHRASE, dump_tables, json_cli

EVENT = {"occurred_at": "2026-07-14T21:30:00+07:00", "ended_at": "2026-07-14T22:10:00+07:00",
         "place": "Ngõ 3, xóm 2", "type": "crime", "severity": "less_serious",
         "description": "Trộm cắp xe máy trước cửa nhà",
         "people": [{"full_name": "Người không rõ danh tính", "role": "suspect"}],
         "reported_at": "2026-07-14T21:45:00+07:00", "reported_to": "Công an xã Yên Xuân",
         "responding_force": "Tổ bảo vệ an ninh, trật tự thôn Đông"}


@pytest.fixture
def cli(hamlet, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)

    return json_cli(hamlet.data_dir, capsys, tmp_path)


def test_an_event_is_recorded_listed_by_year_and_audited(cli, hamlet):
    code, e = cli("events", "create", doc=EVENT)
    assert code == 0, e
    assert e["type"] == "crime" and e["category"] == "crime" and e["people"][0]["role"] == "suspect"
    assert e["occurred_at"] == "2026-07-14T14:30:00+00:00"
    code, rows = cli("events", "list", "--year", "2026")
    assert code == 0 and rows == [{"id": e["id"], "occurred_at": e["occurred_at"], "type": "crime",
                                   "severity": "less_serious", "status": "open"}]
    assert cli("events", "list", "--year", "2025")[1] == []
    code, u = cli("events", "update", e["id"], "--status", "resolved", "--result", "Đã tìm lại xe")
    assert code == 0 and u["status"] == "resolved" and u["version"] == 2
    conn = sqlite3.connect(hamlet.db_path)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE record_id = ?", (e["id"],))]
    conn.close()
    assert actions == ["create", "update"]


@pytest.mark.parametrize("change, field", [
    ({"ended_at": "2026-07-14T20:00:00+07:00"}, "ended_at"),
    ({"occurred_at": (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat(), "ended_at": None,
      "reported_at": None, "reported_to": None}, "occurred_at"),
    ({"severity": "catastrophic"}, "severity"),
    ({"place": "  "}, "place"),
    ({"occurred_at": "14/07/2026"}, "occurred_at"),
    ({"people": [{"role": "victim"}]}, "people/1"),
])
def test_a_bad_event_is_refused_naming_the_field_and_nothing_is_saved(cli, hamlet, change, field):
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "create", doc={**EVENT, **change})
    assert code == 1 and err["field"] == field, err
    assert err["message"] and "{" not in err["message"]
    assert dump_tables(hamlet.db_path) == before


def test_a_document_breaking_the_schema_is_refused_with_its_place(cli, hamlet):
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "create", doc={**EVENT, "colour": "red"})
    assert code == 1 and err["error"] == "security_input_invalid"
    assert dump_tables(hamlet.db_path) == before


def test_activities_are_recorded_and_listed(cli, hamlet):
    code, a = cli("activities", "create", doc={"kind": "propaganda_session", "held_on": "2026-03-10",
                                               "title": "Phòng chống ma túy trong thanh niên", "quantity": 85})
    assert code == 0, a
    code, m = cli("activities", "create", doc={"kind": "self_governing_model", "held_on": "2024-05-01",
                                               "title": "Dòng họ Nguyễn tự quản", "model_type": "clan",
                                               "status": "effective"})
    assert code == 0, m
    code, rows = cli("activities", "list")
    assert [r["id"] for r in rows] == [a["id"], m["id"]]
    assert cli("activities", "list", "--kind", "self_governing_model")[1][0]["model_type"] == "clan"
    before = dump_tables(hamlet.db_path)
    code, err = cli("activities", "create", doc={"kind": "self_governing_model", "held_on": "2026-01-01",
                                                 "title": "Xứ đạo", "model_type": "church"})
    assert code == 1 and err["field"] == "model_type"
    assert dump_tables(hamlet.db_path) == before


def test_a_year_without_records_says_so_for_every_criterion(cli):
    code, a = cli("assess", "--year", "2026")
    assert code == 0, a
    assert a["period"] == {"from": "2025-11-01", "to": "2026-10-31"}
    assert [c["status"] for c in a["criteria"]] == ["needs_answer"] * 5
    assert all(c["evidence"][0]["code"] == "no_records" for c in a["criteria"])
    assert a["result"] == "needs_answer"


def test_a_year_whose_period_has_not_begun_is_refused_and_a_running_one_is_provisional(cli):
    today = vn_today()
    year = today.year + 1 if today.month >= 11 else today.year
    code, a = cli("assess", "--year", str(year))
    assert code == 0 and a["closed"] is False
    code, err = cli("assess", "--year", str(year + 1))
    assert code == 1 and err["error"] == "security_period_not_begun" and err["field"] == "year"


def test_the_criteria_follow_the_records_and_an_override_needs_a_reason(cli, hamlet):
    for doc in ({"kind": "movement_registration", "held_on": "2026-02-15", "quantity": 0},
                {"kind": "self_governing_model", "held_on": "2025-12-01", "title": "Tổ tự quản xóm 2",
                 "model_type": "self_managed_group", "status": "active"}):
        assert cli("activities", "create", doc=doc)[0] == 0
    assert cli("events", "create", doc={**EVENT, "type": "illegal_religion", "severity": "ordinary"})[0] == 0
    code, a = cli("assess", "--year", "2026")
    by_id = {c["id"]: c for c in a["criteria"]}
    assert by_id["c3"]["status"] == "fail" and by_id["c3"]["evidence"][0]["records"]
    assert by_id["c5"]["status"] == "pass"
    assert by_id["c1"]["status"] == "needs_answer"  # no household, no meetings: open
    assert a["result"] == "fail"
    before = dump_tables(hamlet.db_path)
    code, err = cli("assess", "--year", "2026", "--override", "c3", "--status", "pass")
    assert code == 1 and err["error"] == "security_override_reason_required" and err["field"] == "reason"
    assert dump_tables(hamlet.db_path) == before
    code, a = cli("assess", "--year", "2026", "--override", "c3", "--status", "pass", "--reason",
                  "Vụ việc do người ngoài thôn, công an xã đã xử lý, không phải hoạt động tại địa bàn")
    c3 = {c["id"]: c for c in a["criteria"]}["c3"]
    assert code == 0 and c3["status"] == "pass" and c3["computed"] == "fail"
    assert c3["decision"]["reason"].startswith("Vụ việc") and not c3["decision"]["confirmed"]
    code, a = cli("assess", "--year", "2026", "--confirm", "c5")
    assert {c["id"]: c for c in a["criteria"]}["c5"]["decision"]["confirmed"] is True
    conn = sqlite3.connect(hamlet.db_path)
    audited = conn.execute("SELECT count(*) FROM audit_log WHERE record_type = 'security_assessment_decisions'")
    assert audited.fetchone()[0] == 2
    conn.close()


def test_a_provider_from_another_area_answers_its_evidence(cli, hamlet):
    from desktop_app.domain.security import Evidence
    from desktop_app.services import security

    assert cli("activities", "create", doc={"kind": "tip_to_police", "held_on": "2026-04-02", "quantity": 2})[0] == 0
    built_in = security._PROVIDERS["party_resolution"]
    security.register_evidence_provider("party_resolution", lambda uow, p: [
        Evidence("party_resolution", "meeting_resolution", {"text": "Nghị quyết chi bộ 12/01/2026"}, True, ("m1",))])
    try:
        code, a = cli("assess", "--year", "2026")
    finally:
        security.register_evidence_provider("party_resolution", built_in)
    ev = {c["id"]: c for c in a["criteria"]}["c1"]["evidence"]
    assert ev[0] == {"provider": "party_resolution", "code": "meeting_resolution",
                     "params": {"text": "Nghị quyết chi bộ 12/01/2026"}, "holds": True, "records": ["m1"],
                     "text": "Nghị quyết chi bộ 12/01/2026"}


def test_the_party_cells_quarter_i_resolution_on_security_is_found_in_the_stored_meetings(hamlet):
    """MEETINGS is evidence: the demo's January party cell meeting resolves on the movement, so the
    criterion's party_resolution evidence holds, naming only the meeting's number and date."""
    import datetime as dt

    from desktop_app.services import demo, security

    today = dt.date(2026, 12, 7)
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=today)
        uow.commit()
    with hamlet.uow() as uow:
        a = security.assess(uow, year=2026, today=today)
        ev = next(e for c in a.criteria for e in c.evidence if e.provider == "party_resolution")
        assert ev.code == "party_resolution_found" and ev.holds is True
        assert ev.params["on"] == "2026-01-05" and ev.records
        assert "Ban hành" not in security.evidence_text(ev)  # the resolution's own text stays the party's


# --- correcting an event as a whole (events update --from) ----------------------------------------------


def test_an_event_is_corrected_from_a_document_versioned_and_audited(cli, hamlet):
    _, e = cli("events", "create", doc=EVENT)
    fixed = {**EVENT, "place": "Ngõ 5, xóm 2", "type": "traffic_accident", "severity": "less_serious",
             "people": [{"full_name": "Trần Văn Bình", "role": "victim", "birth_year": 1980},
                        {"full_name": "Lê Văn Cường", "role": "witness"}]}
    code, u = cli("events", "update", e["id"], doc=fixed)
    assert code == 0, u
    assert (u["place"], u["type"], u["category"], u["version"]) == ("Ngõ 5, xóm 2", "traffic_accident",
                                                                     "accident", 2)
    assert [(p["position"], p["full_name"], p["role"]) for p in u["people"]] == [
        (1, "Trần Văn Bình", "victim"), (2, "Lê Văn Cường", "witness")]
    code, again = cli("events", "update", e["id"], doc={**fixed, "people": []})
    assert code == 0 and again["people"] == [] and again["version"] == 2  # only the people changed
    assert cli("events", "show", e["id"])[1]["people"] == []
    conn = sqlite3.connect(hamlet.db_path)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE record_id = ? ORDER BY id",
                                          (e["id"],))]
    old_place = [json.loads(r[0])["place"] for r in conn.execute(
        "SELECT changes FROM audit_log WHERE record_id = ? AND action = 'update'", (e["id"],))]
    people = conn.execute("SELECT count(*) FROM security_event_people WHERE event_id = ? AND deleted_at IS NOT NULL",
                          (e["id"],)).fetchone()[0]
    conn.close()
    assert actions == ["create", "update"] and old_place == [["Ngõ 3, xóm 2", "Ngõ 5, xóm 2"]]
    assert people == 2  # the two people no longer listed are soft-deleted (tombstones travel in bundles)


@pytest.mark.parametrize("change,field,code", [
    ({"ended_at": "2026-07-14T20:00:00+07:00"}, "ended_at", "security_date_order"),
    ({"occurred_at": (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat(), "ended_at": None,
      "reported_at": None, "reported_to": None}, "occurred_at", "security_date_future"),
    ({"description": " "}, "description", "security_field_required"),
])
def test_a_bad_correction_is_refused_in_vietnamese_and_nothing_is_saved(cli, hamlet, change, field, code):
    _, e = cli("events", "create", doc=EVENT)
    before = dump_tables(hamlet.db_path)
    status, err = cli("events", "update", e["id"], doc={**EVENT, **change})
    assert status == 1 and err["error"] == code and err["field"] == field, err
    assert "lưu" in err["message"] and err["message"].endswith("."), err["message"]  # Vietnamese: nothing saved
    assert dump_tables(hamlet.db_path) == before


def test_update_from_a_document_and_follow_up_options_together_is_a_usage_error(cli, hamlet):
    _, e = cli("events", "create", doc=EVENT)
    before = dump_tables(hamlet.db_path)
    code, err = cli("events", "update", e["id"], "--status", "resolved", doc=EVENT)
    assert code == 2, err
    assert dump_tables(hamlet.db_path) == before


def test_a_refused_time_is_shown_as_a_person_in_vietnam_reads_it_and_kept_iso_in_the_json(cli, hamlet):
    """An end before the start names both times as dd/MM/yyyy HH:MM in Vietnam's time, not as ISO UTC; the
    JSON keeps them ISO 8601 for scripts."""
    _, e = cli("events", "create", doc=EVENT)
    status, err = cli("events", "update", e["id"], doc={**EVENT, "ended_at": "2026-07-14T20:00:00+07:00"})
    assert status == 1 and err["error"] == "security_date_order"
    start = dt.datetime.fromisoformat(EVENT["occurred_at"]).astimezone(VN_TZ)
    assert "14/07/2026 20:00" in err["message"] and start.strftime("%d/%m/%Y %H:%M") in err["message"], err
    assert "+00:00" not in err["message"] and "T20" not in err["message"]
    assert dt.datetime.fromisoformat(err["value"]) == dt.datetime(2026, 7, 14, 13, tzinfo=dt.UTC)


def test_an_activity_is_corrected_as_a_whole_and_a_bad_correction_changes_nothing(cli, hamlet):
    code, m = cli("activities", "create", doc={"kind": "self_governing_model", "held_on": "2024-05-01",
                                               "title": "Dòng họ Nguyễn tự quản", "model_type": "clan",
                                               "status": "active"})
    assert code == 0, m
    fixed = {"kind": "self_governing_model", "held_on": "2024-05-01", "title": "Dòng họ Nguyễn Văn tự quản",
             "model_type": "clan", "status": "effective", "note": "Đánh giá lại cuối năm"}
    code, a = cli("activities", "update", m["id"], doc=fixed)
    assert code == 0, a
    assert (a["id"], a["title"], a["status"], a["note"], a["version"]) == (
        m["id"], "Dòng họ Nguyễn Văn tự quản", "effective", "Đánh giá lại cuối năm", m["version"] + 1)
    assert cli("activities", "list")[1] == [a]
    before = dump_tables(hamlet.db_path)
    code, err = cli("activities", "update", m["id"], doc={**fixed, "model_type": "church"})
    assert code == 1 and err["field"] == "model_type" and err["message"]
    code, err = cli("activities", "update", "00000000-0000-4000-8000-000000000000", doc=fixed)
    assert code == 1 and err["error"] == "not_found" and err["kind"] == "security_activity"
    assert dump_tables(hamlet.db_path) == before
