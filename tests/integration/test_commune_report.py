"""Commune mode, the commune's report: a hamlet's real bundles imported, then the commune's periodic report
(document kind ``commune_report``) adds up what came — the same figures as the hamlet's own — names who is
missing what, and is signed and kept like every other issued document."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.clock import vn_today
from desktop_app.domain.mediation import Period
from desktop_app.services import (
    archive,
    commune_import,
    commune_report,
    demo,
    documents,
    enrolment,
    exchange,
    identity,
    register,
    views,
)
from desktop_app.services.mediation import case_statistics
from tests.conftest import PASSPHRASE, dump_tables, today_per_test
from tests.integration.test_exchange import _cli

TODAY = vn_today()
YEAR = str(TODAY.year)
_today = today_per_test(globals(), lambda today: {"YEAR": str(today.year)})


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # table cells wrap: compare words, not lines


@pytest.fixture
def sent(hamlet, commune, commune_pem, tmp_path):
    """Thôn Đông with the demo data and one resident moved away today, its first bundle imported at the
    commune; a second hamlet enrolled that has sent nothing."""
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=4, force=False, today=TODAY)
        uow.commit()
    with hamlet.uow() as uow:
        first = register.list_residents(uow)[0]
        register.record_move_out(uow, first.id, on=TODAY, destination="Hà Nội")
        uow.commit()
    record_meetings(hamlet)
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    west = make_hamlet_named(tmp_path / "west", "Thôn Tây")
    enrolment.enrol(commune, identity.export_cert(west, tmp_path / "tay.pem"))
    west.close()
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]
    (result,) = commune_import.import_files(commune, [bundle])
    assert result["status"] == "imported"
    return hamlet, commune


def record_meetings(hamlet) -> None:
    """Two of the hamlet's meetings this year (January and February), recorded through the meetings services:
    the demo's own hamlet meeting is at the end of the year."""
    from sqlalchemy import select

    from desktop_app.services import meetings
    from desktop_app.storage.models import Household

    for month in (1, 2):
        with hamlet.uow() as uow:
            households = list(uow.session.scalars(select(Household.id).where(Household.deleted_at.is_(None))))
            meetings.create_meeting(uow, meetings.MeetingInput(
                kind="hamlet_meeting", date=dt.date(TODAY.year, month, 12), chair="Trần Văn Đông",
                chair_title="Trưởng thôn", secretary="Lê Thị Thư", start=dt.time(19, 30), end=dt.time(21, 0),
                place="Nhà văn hóa thôn", attendance=[meetings.AttendanceInput("present", household_id=h)
                                                      for h in households],
                conclusion="Hội nghị thống nhất các nội dung."), viewer=None, today=TODAY)
            uow.commit()


def own_meetings_and_security(hamlet, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """Counted independently from the hamlet's own records: its government meetings held in ``start``–``end``,
    its security-order events that occurred then (local day) and how many of those are resolved."""
    from sqlalchemy import select

    from desktop_app.storage.models import Meeting, SecurityEvent

    with hamlet.uow() as uow:
        meetings = [m for m in uow.session.scalars(select(Meeting))
                    if m.deleted_at is None and not m.party and m.status == "held" and start <= m.held_on <= end]
        events = [e for e in uow.session.scalars(select(SecurityEvent)) if e.deleted_at is None and start
                  <= (e.occurred_at if e.occurred_at.tzinfo else e.occurred_at.replace(tzinfo=dt.UTC))
                  .astimezone().date() <= end]
    return len(meetings), len(events), sum(1 for e in events if e.status == "resolved")


def make_hamlet_named(data_dir: Path, name: str):
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.units import UnitKind
    from desktop_app.services.setup import initialise

    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=UnitKind.HAMLET, province_code="40", commune_code="17380", unit_name=name,
                            unit_code=None, head_name="Trần Văn Tây", head_phone=None, passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


def test_the_figures_are_the_hamlets_own_and_the_silent_hamlet_is_missing(sent):
    hamlet, commune = sent
    period = commune_report.parse_period(YEAR)
    with commune.uow() as uow:
        figures = commune_report.report_figures(uow, period, today=dt.date(TODAY.year + 1, 2, 1))
    by_code = {h["code"]: h for h in figures["hamlets"]}
    east, west = by_code["17380-thon-dong"], by_code["17380-thon-tay"]
    with hamlet.uow() as uow:
        own = views.stats(uow.dbapi(), unit_code=hamlet.unit.code)
        own_mediation = case_statistics(uow, Period.parse(YEAR)).total.as_dict()
    assert (east["households"], east["residents"]) == (own.households, own.residents)
    assert east["residents_by_sex"] == dict(own.by_sex)
    assert east["movements"]["move_out"] == 1
    assert east["mediation"] == own_mediation and own_mediation["received"] > 0
    assert east["bundles"] == 1
    assert west["households"] == west["residents"] == west["bundles"] == 0
    assert west["state"] == "missing" and west["missing_months"] == list(range(1, 13))
    assert figures["totals"]["residents"] == own.residents
    assert figures["totals"]["mediation"]["received"] == own_mediation["received"]
    assert figures["totals"]["mediation"]["success_rate"] == own_mediation["success_rate"]
    assert "17380-thon-tay" in figures["missing"]
    meetings, events, resolved = own_meetings_and_security(hamlet, period.start, period.end)
    assert meetings > 0 and events > 0
    assert east["meetings"] == meetings and east["security"] == {"events": events, "resolved": resolved}
    assert west["meetings"] == 0 and west["security"] == {"events": 0, "resolved": 0}
    assert figures["totals"]["meetings"] == meetings
    assert figures["totals"]["security"] == {"events": events, "resolved": resolved}
    assert figures["period"] == {"code": YEAR, "from": f"{YEAR}-01-01", "to": f"{YEAR}-12-31"}


def test_the_pdf_is_the_communes_in_the_state_layout(sent, tmp_path):
    hamlet, commune = sent
    text = _pdftotext(documents.render(commune, "commune_report", record_id=f"{YEAR}-Q1"), tmp_path)
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ YÊN XUÂN" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: …/BC-UBND" in text  # a draft: numbered when signed and kept
    assert f"Tổng hợp số liệu các thôn, tổ dân phố quý I năm {YEAR}" in text
    assert "Thôn Tây" in text and "Còn thiếu tháng 01, 02, 03" in text
    assert "Cộng toàn xã" in text and "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ" in text
    assert "HỌP THÔN VÀ AN NINH, TRẬT TỰ" in text and "V. ĐỀ NGHỊ" in text
    meetings, events, resolved = own_meetings_and_security(hamlet, dt.date(TODAY.year, 1, 1),
                                                           dt.date(TODAY.year, 3, 31))
    assert f"tổ chức {meetings} cuộc họp; xảy ra {events} vụ, việc về an ninh, trật tự, đã giải quyết xong " \
           f"{resolved}" in text
    assert meetings == 2  # the two recorded in January and February
    if Path("/tmp/overview2").is_dir():  # to look at
        Path("/tmp/overview2/report.pdf").write_bytes(documents.render(commune, "commune_report", record_id=YEAR))
    assert "Lê Thị Cán Bộ" in text and "Nơi nhận:" in text and "UBND tỉnh Nghệ An" in text


def test_signing_keeps_it_in_the_register_with_the_communes_number(sent, tmp_path):
    _hamlet, commune = sent
    signed, view = archive.issue(commune, "commune_report", record_id=f"{YEAR}-Q1")
    assert view.number == "01/BC-UBND" and view.record_label == f"{YEAR}-Q1" and view.kind == "commune_report"
    assert [d.id for d in archive.list_documents(commune)] == [view.id]
    assert "Số: 01/BC-UBND" in _pdftotext(signed, tmp_path)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    sig = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature #1" in sig and "Lê Thị Cán Bộ" in sig


def test_the_command_line_writes_signs_and_prints_the_figures(sent, tmp_path, capsys, monkeypatch):
    _hamlet, commune = sent
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(commune.data_dir)
    commune.close()
    out = tmp_path / "bc.pdf"
    code, doc = _cli(capsys, "--data-dir", data, "commune", "report", "--period", f"{YEAR}-Q1", "--out", str(out),
                     "--sign", "--json")
    assert code == 0, doc
    assert doc["signed"] is True and doc["kept"] and doc["number"] == "01/BC-UBND" and out.is_file()
    assert doc["figures"]["period"]["code"] == f"{YEAR}-Q1"
    assert {h["code"] for h in doc["figures"]["hamlets"]} == {"17380-thon-dong", "17380-thon-tay"}
    assert {"meetings", "security"} <= set(doc["figures"]["totals"])
    east = next(h for h in doc["figures"]["hamlets"] if h["code"] == "17380-thon-dong")
    assert east["meetings"] == doc["figures"]["totals"]["meetings"]
    assert east["security"] == doc["figures"]["totals"]["security"]
    code, doc = _cli(capsys, "--data-dir", data, "commune", "report", "--period", YEAR, "--out",
                     str(tmp_path / "draft.pdf"), "--json")
    assert code == 0 and doc["kept"] is None and (tmp_path / "draft.pdf").is_file()


@pytest.mark.parametrize(("period", "error"), [("2026-Q5", "commune_report_period_invalid"),
                                               ("quý 3", "commune_report_period_invalid"),
                                               (str(TODAY.year + 1), "commune_report_period_not_begun")])
def test_a_bad_period_is_refused_naming_it_and_nothing_is_written(sent, tmp_path, capsys, monkeypatch, period,
                                                                   error):
    _hamlet, commune = sent
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = commune.data_dir
    commune.close()
    before = dump_tables(data / "sothon.db")
    out = tmp_path / "bc.pdf"
    code, doc = _cli(capsys, "--data-dir", str(data), "commune", "report", "--period", period, "--out", str(out),
                     "--sign", "--json")
    assert code == 1 and doc["error"] == error
    assert "kỳ báo cáo" in doc["message"] or "chưa bắt đầu" in doc["message"]
    assert not out.exists()
    assert dump_tables(data / "sothon.db") == before


def test_a_hamlets_copy_makes_no_commune_report(hamlet, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = hamlet.data_dir
    hamlet.close()
    before = dump_tables(data / "sothon.db")
    out = tmp_path / "bc.pdf"
    code, doc = _cli(capsys, "--data-dir", str(data), "commune", "report", "--period", YEAR, "--out", str(out),
                     "--sign", "--json")
    assert code == 1 and doc["error"] == "commune_only"
    assert not out.exists() and dump_tables(data / "sothon.db") == before
