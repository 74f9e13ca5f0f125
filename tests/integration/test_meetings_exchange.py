"""Meetings in bundles: the hamlet's government meetings go to the commune as ``meeting`` records (people
pseudonymised unless the bundle is named) with the ``meetings.held`` figures; the party cell's meetings never go in
a government bundle, only in the party bundle as ``party_meeting``; the commune imports a hamlet's bundle into its
received meetings — exactly the hamlet's government meetings — and refuses a broken meeting record whole."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.bundles import pseudonym
from desktop_app.bundles.reader import open_bundle
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.services import commune_import, enrolment, exchange, identity, meetings, profiles, register
from desktop_app.storage.models import Meeting, ReceivedMeeting, UnitSecret
from tests.conftest import PASSPHRASE, dump_tables

HEADS = ("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung")
MEMBERS = ("Trần Văn Bí Thư", "Lê Thị Thư Ký", "Nguyễn Văn Một", "Nguyễn Văn Hai", "Hồ Thị Trẻ")
SECRET_WORDS = ("Làm đường bê tông liên xóm", "Lập danh sách hộ đóng góp", "Nhà văn hóa thôn", "Tổ tự quản",
                "Tuần tra đêm")


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


def _create(app, doc):
    with app.uow() as uow:
        v = meetings.create_meeting(uow, meetings.meeting_input_from_json(doc), viewer=app.profile,
                                    today=dt.date(2026, 12, 7))
        uow.commit()
    return v


@pytest.fixture
def held(hamlet):
    """Four households; a hamlet meeting (three represented, one vote, one task), a security-order meeting of
    three people, and a party cell meeting recorded by the party cell secretary."""
    heads = []
    with hamlet.uow() as uow:
        for n, name in enumerate(HEADS, start=1):
            h = register.add_household(uow, number=str(n), address="Xóm 1", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1970, 5, n), sex=Sex.FEMALE if "Thị" in name else Sex.MALE))
            heads.append((h.id, h.head_id))
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    town = _create(hamlet, {
        "kind": "hamlet_meeting", "date": "2026-11-20", "start": "19:30", "end": "21:00", "place": "Nhà văn hóa thôn",
        "chair": "Nguyễn Văn Trưởng", "chair_title": "Trưởng thôn", "secretary": "Lê Thị Bình",
        "attendance": [{"household_id": h, "status": "present"} for h, _ in heads[:3]]
        + [{"household_id": heads[3][0], "status": "absent_without_reason"}],
        "votes": [{"motion": "Làm đường bê tông liên xóm", "in_favour": 3, "against": 0}],
        "tasks": [{"text": "Lập danh sách hộ đóng góp", "owner_resident_id": heads[1][1], "deadline": "2026-12-15"}]})
    patrol = _create(hamlet, {
        "kind": "security_order", "date": "2026-11-25", "chair": "Nguyễn Văn Trưởng", "secretary": "Phạm Văn Cường",
        "attendance": [{"name": "Phạm Văn Cường", "status": "present"}, {"name": "Tổ tự quản xóm 1", "status": "present"},
                       {"name": "Hoàng Thị Dung", "status": "absent_with_reason", "reason": "đi vắng"}],
        "votes": [{"motion": "Tuần tra đêm thứ Bảy", "in_favour": 2, "against": 0}]})
    head = hamlet.profile.name
    hamlet.unlock("bi.thu", PASSPHRASE)
    ids = {}
    with hamlet.uow() as uow:
        for name in MEMBERS:
            ids[name] = meetings.add_member(uow, viewer=hamlet.profile, full_name=name, admitted_on=dt.date(2000, 1, 1),
                                            membership="probationary" if name == "Hồ Thị Trẻ" else "full").id
        uow.commit()
    cell = _create(hamlet, {
        "kind": "party_cell_regular", "date": "2026-11-05", "chair": "Trần Văn Bí Thư", "secretary": "Lê Thị Thư Ký",
        "attendance": [{"member_id": ids[n], "status": "present"} for n in MEMBERS[:4]],
        "votes": [{"motion": "Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 11", "in_favour": 4, "against": 0,
                   "resolution": True}],
        "resolution": "Chi bộ thống nhất lãnh đạo thu thuế đất phi nông nghiệp.", "grade": "good",
        "tasks": [{"text": "Vận động đóng góp làm đường", "owner_member_id": ids["Nguyễn Văn Một"]}]})
    hamlet.unlock(head, PASSPHRASE)
    return {"town": town, "patrol": patrol, "cell": cell, "heads": heads, "members": ids}


def _open(path, commune) -> dict:
    with commune.reader() as conn:
        key = identity.open_encryption_key(conn, commune.profile, PASSPHRASE)
    opened = open_bundle(Path(path), decryption_key=key)
    return {"records": opened.records, "report": opened.report, "kind": opened.kind}


def _key(hamlet) -> bytes:
    with hamlet.uow() as uow:
        secret = bytes.fromhex(uow.session.scalars(select(UnitSecret)).one().secret)
    return pseudonym.pseudonym_key(secret, recipient_code="17380", kind="government")


def test_the_government_bundle_carries_the_hamlets_meetings_pseudonymised_and_never_the_cells(pair, held, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    assert out["counts"]["meeting"] == 2 and "party_meeting" not in out["counts"]
    bundle = _open(out["bundle"], commune)
    got = {r["id"]: r for r in bundle["records"]["upserts"] if r["type"] == "meeting"}
    assert set(got) == {held["town"].row.id, held["patrol"].row.id}  # the meeting's own id, not the cell's
    raw = json.dumps(bundle["records"], ensure_ascii=False)
    for words in (*HEADS, *MEMBERS, *SECRET_WORDS, "Nghị quyết lãnh đạo", "Nguyễn Văn Trưởng"):
        assert words not in raw, words
    town = got[held["town"].row.id]
    assert town["pseudonymised"] is True
    f = town["fields"]
    assert (f["kind"], f["body"], f["date"], f["status"], f["number"]) == (
        "hamlet_meeting", "hamlet", "2026-11-20", "held", "01/2026")
    assert f["attendance"]["present"] == 3 and f["attendance"]["expected"] == 4
    assert f["attendance_rate"] == pytest.approx(0.75) and f["attendance_warning"] is True
    assert f["votes"] == [{"position": 1, "in_favour": 3, "against": 0, "abstain": 0, "voters_present": 3,
                           "denominator": 4, "passed": True, "resolution": False}]
    (task,) = f["tasks"]
    assert (task["state"], task["deadline"]) == ("open", "2026-12-15") and "text" not in task
    # the owner refers to the same pseudonym the pseudonymised register gives the resident
    residents = {r["id"] for r in bundle["records"]["upserts"] if r["type"] == "resident"}
    assert task["owner_resident_id"] == pseudonym.pseudonym_id(_key(hamlet), "resident", held["heads"][1][1])
    assert task["owner_resident_id"] in residents
    patrol = got[held["patrol"].row.id]["fields"]
    assert patrol["votes"][0]["denominator"] == 2 and patrol["votes"][0]["passed"] is True
    assert patrol["attendance_rate"] == pytest.approx(2 / 3) and patrol["households_total"] is None

    figures = bundle["report"]["figures"]
    assert figures["meetings.held"] == 2
    assert figures["meetings.held_by_kind"] == {"hamlet_meeting": 1, "security_order": 1, "mediation_team": 0,
                                                "other": 0}
    assert not any("party" in k for k in figures["meetings.held_by_kind"])


def test_a_named_bundle_carries_who_chaired_what_was_voted_and_who_does_what(pair, held, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named=True)
    bundle = _open(out["bundle"], commune)
    town = next(r for r in bundle["records"]["upserts"] if r["id"] == held["town"].row.id)
    assert town["pseudonymised"] is False
    f = town["fields"]
    assert (f["chair"], f["secretary"], f["place"]) == ("Nguyễn Văn Trưởng", "Lê Thị Bình", "Nhà văn hóa thôn")
    assert f["votes"][0]["motion"] == "Làm đường bê tông liên xóm"
    assert f["tasks"][0]["text"] == "Lập danh sách hộ đóng góp"
    assert f["tasks"][0]["owner"] == "Lê Thị Bình" and f["tasks"][0]["owner_resident_id"] == held["heads"][1][1]
    assert sorted(a["name"] for a in f["attendees"]) == sorted(HEADS)
    assert "party_meeting" not in out["counts"]
    raw = json.dumps(bundle["records"], ensure_ascii=False)
    assert not any(name in raw for name in ("Lê Thị Thư Ký", "Nguyễn Văn Một", "Nghị quyết lãnh đạo"))


def test_the_party_bundle_carries_the_cells_meetings_with_names_and_nothing_of_the_hamlets(pair, held, tmp_path,
                                                                                          commune_pem):
    hamlet, commune = pair
    exchange.set_recipient(hamlet, commune_pem, kind=exchange.RECIPIENT_PARTY)
    hamlet.unlock("bi.thu", PASSPHRASE)
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "party", kind="party")
    assert out["counts"] == {"party_meeting": 1}
    bundle = _open(out["bundle"], commune)
    assert bundle["kind"] == "party" and bundle["report"] is None
    (rec,) = bundle["records"]["upserts"]
    assert rec["id"] == held["cell"].row.id and rec["type"] == "party_meeting" and not rec.get("pseudonymised")
    f = rec["fields"]
    assert f["resolution"] == "Chi bộ thống nhất lãnh đạo thu thuế đất phi nông nghiệp." and f["grade"] == "good"
    vote = f["votes"][0]
    assert (vote["denominator"], vote["voters_present"], vote["passed"], vote["resolution"]) == (4, 4, True, True)
    assert {a["name"]: a["membership"] for a in f["attendees"]}["Hồ Thị Trẻ"] == "probationary"
    assert f["tasks"][0]["owner"] == "Nguyễn Văn Một"
    assert f["tasks"][0]["owner_member_id"] == held["members"]["Nguyễn Văn Một"]
    # the next party bundle starts from the acknowledged one: nothing changed, nothing sent again
    exchange.mark(hamlet, str(out["sequence"]), "sent", kind="party")
    exchange.mark(hamlet, str(out["sequence"]), "acknowledged", kind="party")
    again = exchange.export_bundle(hamlet, out_dir=tmp_path / "party2", kind="party")
    assert "party_meeting" not in again["counts"]


def test_a_party_meeting_record_can_never_be_written_into_a_government_bundle(tmp_path):
    from tests.unit import bundle_support as bf

    record = _meeting_record(900, kind="party_cell_regular", body="party_cell", chair="Trần Văn Bí Thư",
                             secretary="Lê Thị Thư Ký", resolution="Chi bộ thống nhất …")
    record["type"] = "party_meeting"
    del record["pseudonymised"]
    with pytest.raises(SothonError) as err:
        bf.write(tmp_path / "leak", records=[*bf.sample_records(), record])
    assert err.value.code == "bundle_party_in_government"


def test_the_commune_holds_exactly_the_hamlets_government_meetings_and_their_changes(pair, held, tmp_path):
    hamlet, commune = pair
    first = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    (result,) = commune_import.import_files(commune, [first["bundle"]], receipts_dir=tmp_path / "r")
    assert result["status"] == "imported", result
    assert result["counts"]["meeting"] == {"added": 2, "changed": 0, "removed": 0, "unchanged": 0}
    exchange.import_receipt(hamlet, result["receipt"])
    with commune.uow() as uow:
        rows = {r.id: r for r in uow.session.scalars(select(ReceivedMeeting))}
    assert set(rows) == {held["town"].row.id, held["patrol"].row.id}
    town = rows[held["town"].row.id]
    assert (town.unit_code, town.kind, town.body, town.date, town.year, town.status, town.pseudonymised) == (
        "17380-thon-dong", "hamlet_meeting", "hamlet", "2026-11-20", 2026, "held", True)
    assert town.fields["votes"][0]["passed"] is True
    dump = json.dumps(dump_tables(commune.data_dir / "sothon.db"), ensure_ascii=False, default=str)
    assert not any(words in dump for words in (*MEMBERS, "Nghị quyết lãnh đạo", "Lập danh sách hộ đóng góp"))

    # The next hamlet meeting reviews the task (done): the first meeting changes, the new one is added; a
    # deleted meeting goes as a tombstone.
    task_id = held["town"].tasks[0].id
    nxt = _create(hamlet, {"kind": "hamlet_meeting", "date": "2026-12-05", "chair": "Nguyễn Văn Trưởng",
                           "secretary": "Lê Thị Bình",
                           "attendance": [{"household_id": h, "status": "present"} for h, _ in held["heads"]],
                           "task_reviews": [{"task_id": task_id, "state": "done"}]})
    with hamlet.uow() as uow:
        uow.soft_delete(uow.session.get(Meeting, held["patrol"].row.id))
        uow.commit()
    second = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    assert second["counts"]["meeting"] == 3
    (again,) = commune_import.import_files(commune, [second["bundle"]], receipts_dir=tmp_path / "r")
    assert again["status"] == "imported", again
    assert again["counts"]["meeting"] == {"added": 1, "changed": 1, "removed": 1, "unchanged": 0}
    with commune.uow() as uow:
        rows = {r.id: r for r in uow.session.scalars(select(ReceivedMeeting))}
    assert rows[held["town"].row.id].fields["tasks"][0]["state"] == "done"
    assert rows[nxt.row.id].fields["reviewed_task_ids"] == [task_id]
    assert rows[nxt.row.id].fields["attendance_rate"] == 1.0
    assert rows[held["patrol"].row.id].deleted_at is not None
    assert held["cell"].row.id not in rows


# --- bad input: a broken meeting record refuses the whole bundle, and the commune's records stay as they were ---


def _meeting_record(n: int, **fields) -> dict:
    from tests.unit import bundle_support as bf

    base = {"number": "01/2026", "year": 2026, "kind": "hamlet_meeting", "body": "hamlet", "date": "2026-11-20",
            "title": "Hội nghị thôn năm 2026", "status": "held",
            "attendance": {"present": 3, "absent_with_reason": 0, "absent_without_reason": 1, "exempt": 0,
                           "guests": 0, "expected": 4},
            "attendance_rate": 0.75, "votes": [], "tasks": []}
    return {"id": bf.uid(n), "type": "meeting", "version": 1, "pseudonymised": True,
            "updated_at": "2026-11-20T21:00:00+07:00", "unit_code": bf.SENDER["code"], "fields": base | fields}


@pytest.fixture
def commune_with_test_hamlet(commune, tmp_path):
    from desktop_app.bundles import crypto
    from tests.unit import bundle_support as bf

    pem = tmp_path / "hamlet.pem"
    pem.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert))
    enrolment.enrol(commune, pem)
    first = bf.write(tmp_path / "first", records=[*bf.sample_records(), _meeting_record(800)])
    (result,) = commune_import.import_files(commune, [first.path], receipts_dir=tmp_path / "r")
    assert result["status"] == "imported" and result["counts"]["meeting"]["added"] == 1, result
    commune.first = first
    return commune


_LOGS = {"received_bundles", "audit_log"}


@pytest.mark.parametrize("change, code", [
    (lambda r: r["fields"].update(chair="Nguyễn Văn Trưởng"), "bundle_schema_invalid"),  # a name, pseudonymised
    (lambda r: r["fields"]["votes"].append({"position": 1, "in_favour": 3, "motion": "Làm đường"}),
     "bundle_schema_invalid"),
    (lambda r: r["fields"].update(attendance_rate=1.5), "bundle_schema_invalid"),
    (lambda r: r["fields"].update(status="planned"), "bundle_schema_invalid"),
    (lambda r: r.update(unit_code="17380-thon-tay"), "import_records_invalid"),
])
def test_a_broken_meeting_record_is_refused_and_nothing_is_saved(commune_with_test_hamlet, tmp_path, change, code):
    from tests.unit import bundle_support as bf
    from tests.unit.test_bundles import edit_records, forge

    app = commune_with_test_hamlet
    good = bf.write(tmp_path / "second", sequence=2, previous=app.first.sha256,
                    records=[*bf.sample_records(), _meeting_record(801)])

    def edit(data):
        change(next(r for r in data["upserts"] if r["type"] == "meeting"))

    bad = forge(good.path, tmp_path / "bad.sothon", files=edit_records(edit))
    before = {k: v for k, v in dump_tables(app.data_dir / "sothon.db").items() if k not in _LOGS}
    (result,) = commune_import.import_files(app, [bad], receipts_dir=tmp_path / "r")
    assert result["status"] == "rejected" and result["error"] == code, result
    assert result["message"]  # in Vietnamese, naming what is wrong
    after = {k: v for k, v in dump_tables(app.data_dir / "sothon.db").items() if k not in _LOGS}
    assert after == before
    with app.uow() as uow:
        assert [r.id for r in uow.session.scalars(select(ReceivedMeeting))] == [bf.uid(800)]


@pytest.mark.parametrize("figures", [
    {"meetings.held": -1},
    {"meetings.held": 1.5},
    {"meetings.held_by_kind": {"party_cell_regular": 1}},  # the cell's meetings are never counted here
    {"meetings.held_by_kind": {"hamlet_meeting": None}},
])
def test_report_figures_of_meetings_that_break_the_schema_are_refused(tmp_path, figures):
    from tests.unit import bundle_support as bf

    report = bf.sample_report()
    report["figures"] = {**report["figures"], **figures}
    with pytest.raises(SothonError) as err:
        bf.write(tmp_path / "bad", report=report)
    assert err.value.code == "bundle_invalid_input" and "meetings." in err.value.params["detail"]


def test_a_long_resolution_still_travels_to_the_party_committee(pair, held, tmp_path, commune_pem):
    hamlet, commune = pair
    exchange.set_recipient(hamlet, commune_pem, kind=exchange.RECIPIENT_PARTY)
    hamlet.unlock("bi.thu", PASSPHRASE)
    text = "Chi bộ thống nhất lãnh đạo thực hiện các nhiệm vụ trọng tâm. " * 300  # ≈ 18,000 characters
    long = _create(hamlet, {"kind": "party_cell_thematic", "date": "2026-11-28", "chair": "Trần Văn Bí Thư",
                            "secretary": "Lê Thị Thư Ký", "resolution": text.strip()})
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "party", kind="party")
    assert out["counts"] == {"party_meeting": 2}
    got = {r["id"]: r for r in _open(out["bundle"], commune)["records"]["upserts"]}
    assert got[long.row.id]["fields"]["resolution"] == text.strip()
