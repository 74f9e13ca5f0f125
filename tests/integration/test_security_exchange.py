"""Security and order in the government bundle: the event log as ``security_event`` records with the people
involved pseudonymised (named only in a bundle sent named), the activities as ``security_activity`` records, the
year-to-date figures in the report recomputed here with plain SQL, and the commune importing them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.bundles import pseudonym
from desktop_app.domain.clock import vn_today
from desktop_app.domain.security import ActivityInput, EventInput, PersonInput, PersonRole, Status
from desktop_app.services import commune_import, enrolment, exchange, identity, security
from desktop_app.storage.models import ReceivedSecurityActivity, ReceivedSecurityEvent
from tests.conftest import dump_tables
from tests.integration.test_mediation_cases import _case, team  # noqa: F401
from tests.integration.test_mediation_exchange import _key, _open

TZ = dt.timezone(dt.timedelta(hours=7))
OUTSIDER = "Lò Văn Khách"
SECRET_TEXT = "Mô tả có tên người trong thôn"


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


@pytest.fixture
def logged(pair, team):  # noqa: F811
    """Three events (one with a resident and an outsider involved, linked to a mediation case), and activities."""
    hamlet, _ = pair
    case = _case(hamlet, team).row.id
    with hamlet.uow() as uow:
        fight = security.record_event(uow, EventInput(
            occurred_at=dt.datetime(2026, 11, 20, 21, 30, tzinfo=TZ), place="Ngõ xóm 3", type="dispute",
            severity="ordinary", description=SECRET_TEXT, status="resolved",
            people=(PersonInput(resident_id=team["a"], role=PersonRole.SUSPECT),
                    PersonInput(OUTSIDER, role=PersonRole.VICTIM, birth_year=1988, address="Bản Mường")),
            reported_at=dt.datetime(2026, 11, 20, 22, 0, tzinfo=TZ), reported_to="Công an xã Yên Xuân",
            responding_force="Tổ bảo vệ an ninh, trật tự thôn Đông", response="Can ngăn, lập biên bản",
            result="Hai bên hòa giải", mediation_case_id=case, note="Ghi chú riêng"))
        theft = security.record_event(uow, EventInput(
            occurred_at=dt.datetime(2026, 3, 2, 1, 0, tzinfo=TZ), place="Xóm 1", type="crime", severity="serious",
            description="Trộm xe máy"))
        security.record_event(uow, EventInput(
            occurred_at=dt.datetime(2025, 12, 30, 23, 30, tzinfo=TZ), place="Xóm 2", type="gambling",
            severity="ordinary", description="Đánh bạc"))  # the year before: not in the year to date
        for a in (ActivityInput("propaganda_session", dt.date(2026, 4, 10), "Phòng chống ma túy", 85),
                  ActivityInput("propaganda_session", dt.date(2026, 9, 5), "Luật 30/2023/QH15", 40),
                  ActivityInput("propaganda_session", dt.date(2025, 11, 5), "Năm trước", 99),
                  ActivityInput("materials_distributed", dt.date(2026, 9, 5), "Tờ rơi phòng chống lừa đảo", 250),
                  ActivityInput("tip_to_police", dt.date(2026, 8, 1), quantity=2),
                  ActivityInput("wanted_person_surrendered", dt.date(2026, 10, 2), quantity=1),
                  ActivityInput("self_governing_model", dt.date(2024, 3, 1), "Dòng họ Phạm tự quản",
                                model_type="clan", status="effective"),
                  ActivityInput("self_governing_model", dt.date(2026, 2, 1), "Tổ liên gia tự quản xóm 3",
                                model_type="self_managed_group", status="active", note="Ghi chú riêng"),
                  ActivityInput("hot_spot", dt.date(2025, 1, 10), "Bãi sông cuối xóm", transformed=True,
                                transformed_on=dt.date(2026, 8, 30))):
            security.record_activity(uow, a, today=dt.date(2026, 12, 7))
        uow.commit()
    return {"fight": fight.id, "theft": theft.id, "case": case, "resident": team["a"]}


def _events(bundle) -> dict:
    return {r["id"]: r for r in bundle["records"]["upserts"] if r["type"] == "security_event"}


def test_events_go_with_the_people_pseudonymised_and_no_free_text_that_names(pair, logged, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    bundle = _open(Path(out["bundle"]), commune)
    assert out["counts"]["security_event"] == 3 and out["counts"]["security_activity"] == 9
    raw = json.dumps(bundle["records"], ensure_ascii=False)
    for text in (OUTSIDER, "Bản Mường", SECRET_TEXT, "Trộm xe máy", "Ghi chú riêng", "Phạm Văn Bình"):
        assert text not in raw
    key = _key(hamlet)
    fight = _events(bundle)[logged["fight"]]
    f = fight["fields"]
    assert fight["pseudonymised"] is True
    assert (f["type"], f["category"], f["severity"], f["status"]) == ("dispute", "order", "ordinary", "resolved")
    assert f["occurred_at"] == "2026-11-20T14:30:00+00:00" and f["place"] == "Ngõ xóm 3"
    assert f["reported_at"] == "2026-11-20T15:00:00+00:00" and f["reported_to"] == "Công an xã Yên Xuân"
    assert f["responding_force"] == "Tổ bảo vệ an ninh, trật tự thôn Đông"
    assert (f["response"], f["result"]) == ("Can ngăn, lập biên bản", "Hai bên hòa giải")
    # The case by the pseudonym the (always pseudonymised) mediation log gives it, which is in the same bundle.
    assert f["mediation_case_id"] == pseudonym.pseudonym_id(key, "mediation_case", logged["case"])
    assert f["mediation_case_id"] in {r["id"] for r in bundle["records"]["upserts"] if r["type"] == "mediation_case"}
    suspect, victim = f["people"]
    assert f["people_count"] == 2 and set(suspect) == {"id", "role", "resident_id", "birth_year"}
    residents = {r["id"] for r in bundle["records"]["upserts"] if r["type"] == "resident"}
    assert suspect["resident_id"] in residents  # the register's resident pseudonym
    assert suspect["resident_id"] == pseudonym.pseudonym_id(key, "resident", logged["resident"])
    assert (victim["role"], victim["resident_id"], victim["birth_year"]) == ("victim", None, 1988)
    acts = [r for r in bundle["records"]["upserts"] if r["type"] == "security_activity"]
    model = next(a for a in acts if a["fields"]["title"] == "Tổ liên gia tự quản xóm 3")
    assert model["fields"] == {"kind": "self_governing_model", "held_on": "2026-02-01",
                               "title": "Tổ liên gia tự quản xóm 3", "quantity": None,
                               "model_type": "self_managed_group", "status": "active", "transformed": None,
                               "transformed_on": None}


def test_a_bundle_sent_named_on_purpose_names_the_people_involved(pair, logged, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named=True)
    bundle = _open(Path(out["bundle"]), commune)
    fight = _events(bundle)[logged["fight"]]
    assert not fight.get("pseudonymised")
    suspect, victim = fight["fields"]["people"]
    assert suspect["resident_id"] == logged["resident"] and suspect["full_name"] == "Phạm Văn Bình"
    assert (victim["full_name"], victim["address"]) == (OUTSIDER, "Bản Mường")
    assert SECRET_TEXT not in json.dumps(bundle["records"], ensure_ascii=False)  # the description never goes
    # The mediation log stays pseudonymised, so the link does too.
    assert fight["fields"]["mediation_case_id"] == pseudonym.pseudonym_id(_key(hamlet), "mediation_case",
                                                                          logged["case"])


def _independent(db: Path, end: str) -> dict:
    """The year-to-date figures from the records with plain SQL (occurred_at is naive UTC; the days are
    Vietnamese: from 17:00 UTC on 31 December of the year before)."""
    year = int(end[:4])
    lo, hi = f"{year - 1}-12-31 17:00:00", f"{end} 16:59:59.999999"
    start = f"{year}-01-01"
    conn = sqlite3.connect(db)
    q = lambda sql, *a: conn.execute(sql, a).fetchone()[0]  # noqa: E731
    live = "deleted_at IS NULL AND occurred_at BETWEEN ? AND ?"
    out = {
        "events": q(f"SELECT count(*) FROM security_events WHERE {live}", lo, hi),
        "by_type": dict(conn.execute(f"SELECT type, count(*) FROM security_events WHERE {live} GROUP BY type",
                                     (lo, hi)).fetchall()),
        "by_severity": dict(conn.execute(f"SELECT severity, count(*) FROM security_events WHERE {live}"
                                         " GROUP BY severity", (lo, hi)).fetchall()),
        "reported": q(f"SELECT count(*) FROM security_events WHERE reported_at IS NOT NULL AND {live}", lo, hi),
        "sessions": q("SELECT count(*) FROM security_activities WHERE deleted_at IS NULL AND kind ="
                      " 'propaganda_session' AND held_on BETWEEN ? AND ?", start, end),
        "attendees": q("SELECT coalesce(sum(quantity), 0) FROM security_activities WHERE deleted_at IS NULL AND"
                       " kind = 'propaganda_session' AND held_on BETWEEN ? AND ?", start, end),
        "copies": q("SELECT coalesce(sum(quantity), 0) FROM security_activities WHERE deleted_at IS NULL AND"
                    " kind = 'materials_distributed' AND held_on BETWEEN ? AND ?", start, end),
        "tips": q("SELECT coalesce(sum(quantity), 0) FROM security_activities WHERE deleted_at IS NULL AND"
                  " kind = 'tip_to_police' AND held_on BETWEEN ? AND ?", start, end),
        "models": q("SELECT count(*) FROM security_activities WHERE deleted_at IS NULL AND"
                    " kind = 'self_governing_model' AND held_on <= ?", end),
        "spots_done": q("SELECT count(*) FROM security_activities WHERE deleted_at IS NULL AND kind = 'hot_spot'"
                        " AND transformed_on <= ?", end),
    }
    conn.close()
    return out


def test_the_report_figures_are_the_year_to_date_recomputed_from_the_records(pair, logged, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    report = _open(Path(out["bundle"]), commune)["report"]
    f, end = report["figures"], report["period"]["to"]
    want = _independent(hamlet.db_path, end)
    assert f["security.events"] == want["events"] == sum(f["security.events_by_type"].values())
    assert {k: v for k, v in f["security.events_by_type"].items() if v} == want["by_type"]
    assert {k: v for k, v in f["security.events_by_severity"].items() if v} == want["by_severity"]
    assert sum(f["security.events_by_category"].values()) == want["events"]
    assert f["security.events_reported_to_police"] == want["reported"]
    assert f["security.propaganda_sessions"] == want["sessions"]
    assert f["security.propaganda_attendees"] == want["attendees"]
    assert f["security.materials_copies"] == want["copies"] and f["security.tips_to_police"] == want["tips"]
    assert f["security.self_governing_models"] == want["models"]
    assert f["security.hot_spots_transformed"] == want["spots_done"]
    if end.startswith("2026"):  # the records above are of 2026: the figures the test was written for
        assert (f["security.events"], f["security.propaganda_attendees"], f["security.wanted_persons_surrendered"]) \
            == (2, 125, 1)
        assert f["security.self_governing_models_by_type"]["clan"] == 1
    assert f["security.assessment_year"] is None and f["security.assessment_passed"] is None  # nothing decided


def test_the_assessment_result_goes_once_the_head_decided_every_criterion(pair, logged, tmp_path):
    hamlet, commune = pair
    today = vn_today()
    year = today.year + (1 if today.month >= 11 else 0)
    with hamlet.uow() as uow:
        a = security.assess(uow, year=year)
        for c in a.criteria[:-1]:
            security.decide_criterion(uow, year=year, criterion_id=c.criterion.id, status=Status.PASS,
                                      reason="Đã kiểm tra thực tế")
        uow.commit()
    partial = _open(Path(exchange.export_bundle(hamlet, out_dir=tmp_path / "one")["bundle"]), commune)
    assert partial["report"]["figures"]["security.assessment_passed"] is None  # one criterion still open
    with hamlet.uow() as uow:
        security.decide_criterion(uow, year=year, criterion_id=a.criteria[-1].criterion.id, status=Status.FAIL,
                                  reason="Mô hình tự quản chưa hiệu quả")
        uow.commit()
    f = _open(Path(exchange.export_bundle(hamlet, out_dir=tmp_path / "two")["bundle"]), commune)["report"]["figures"]
    assert f["security.assessment_year"] == year and f["security.assessment_passed"] == 0
    assert f["security.assessment_criteria_passed"] == {c.criterion.id: (0 if c is a.criteria[-1] else 1)
                                                        for c in a.criteria}


def test_the_commune_imports_the_events_and_activities(pair, logged, tmp_path):
    hamlet, commune = pair
    first = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    (result,) = commune_import.import_files(commune, [first["bundle"]], receipts_dir=tmp_path / "usb")
    assert result["status"] == "imported", result
    assert result["counts"]["security_event"] == {"added": 3, "changed": 0, "removed": 0, "unchanged": 0}
    assert result["counts"]["security_activity"]["added"] == 9
    exchange.import_receipt(hamlet, result["receipt"])
    with commune.uow() as uow:
        events = {r.id: r for r in uow.session.scalars(select(ReceivedSecurityEvent))}
        acts = list(uow.session.scalars(select(ReceivedSecurityActivity)))
    fight = events[logged["fight"]]
    assert (fight.type, fight.category, fight.severity, fight.status) == ("dispute", "order", "ordinary", "resolved")
    assert fight.pseudonymised and fight.unit_code == "17380-thon-dong"
    assert fight.occurred_at == "2026-11-20T14:30:00+00:00"
    assert sorted(a.quantity or 0 for a in acts if a.kind == "propaganda_session") == [40, 85, 99]
    dump = json.dumps(dump_tables(commune.data_dir / "sothon.db"), ensure_ascii=False, default=str)
    assert OUTSIDER not in dump and SECRET_TEXT not in dump

    # Following the event up changes its record; deleting the theft sends a tombstone; nothing else goes again.
    with hamlet.uow() as uow:
        security.update_event(uow, logged["theft"], status="transferred", result="Chuyển Công an xã điều tra")
        uow.commit()
    with hamlet.uow() as uow:
        from desktop_app.storage.models import SecurityEvent

        uow.soft_delete(uow.session.get(SecurityEvent, logged["fight"]))
        uow.commit()
    second = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    assert second["counts"]["security_event"] == 2 and "security_activity" not in second["counts"]
    (again,) = commune_import.import_files(commune, [second["bundle"]], receipts_dir=tmp_path / "usb")
    assert again["counts"]["security_event"] == {"added": 0, "changed": 1, "removed": 1, "unchanged": 0}
    with commune.uow() as uow:
        theft = uow.session.get(ReceivedSecurityEvent, logged["theft"])
        gone = uow.session.get(ReceivedSecurityEvent, logged["fight"])
    assert theft.status == "transferred" and theft.fields["result"] == "Chuyển Công an xã điều tra"
    assert gone.deleted_at is not None


def test_the_demo_hamlets_log_goes_and_is_imported_whole(pair, tmp_path):
    """The demo's events (residents and passers-by involved, disputes linked to a mediation case) and activities
    pass the bundle's schemas and the commune's import."""
    from desktop_app.services.demo import fill_demo
    from desktop_app.storage.models import SecurityActivity, SecurityEvent

    hamlet, commune = pair
    with hamlet.uow() as uow:
        fill_demo(uow, scale="hamlet", seed=5, force=False, today=vn_today())
        uow.commit()
        events = uow.session.query(SecurityEvent).count()
        activities = uow.session.query(SecurityActivity).count()
    assert events and activities
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    assert out["counts"]["security_event"] == events and out["counts"]["security_activity"] == activities
    (result,) = commune_import.import_files(commune, [out["bundle"]], receipts_dir=tmp_path / "usb")
    assert result["status"] == "imported", result
    assert result["counts"]["security_event"]["added"] == events
    linked = [r for r in _open(Path(out["bundle"]), commune)["records"]["upserts"]
              if r["type"] == "security_event" and r["fields"]["mediation_case_id"]]
    cases = {r["id"] for r in _open(Path(out["bundle"]), commune)["records"]["upserts"] if r["type"] == "mediation_case"}
    assert all(r["fields"]["mediation_case_id"] in cases for r in linked)
