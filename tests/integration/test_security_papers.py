"""The yearly self-assessment's report and the registration form: rendered from the records, read back with
pdftotext, signed by the head and kept; a refused signer or an unwritable file keeps no decision."""

import datetime as dt
import json
import sqlite3
import subprocess

import pytest

from desktop_app.cli import main
from desktop_app.domain.clock import vn_today
from desktop_app.domain.security import ActivityInput
from desktop_app.services import security
from tests.conftest import PASSPHRASE, dump_tables, make_hamlet, today_per_test
from tests.integration.test_security_report import _record


def _assessment_year(today: dt.date) -> int:
    return today.year + (1 if today.month >= 11 else 0)  # the assessment year running today


TODAY = vn_today()
YEAR = _assessment_year(TODAY)
_today = today_per_test(globals(), lambda today: {"YEAR": _assessment_year(today)})
REASON = "Thôn triển khai đầy đủ các văn bản của xã; Công an xã đã kiểm tra."


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def app(tmp_path):
    app = make_hamlet(tmp_path / "data")
    with app.uow() as uow:
        _record(uow)
        security.record_activity(uow, ActivityInput("movement_registration", min(TODAY, dt.date(YEAR - 1, 11, 5)),
                                                    quantity=0), today=TODAY)
        uow.commit()
    yield app
    app.close()


def _run(app, capsys, *argv) -> tuple[int, dict]:
    code = main(["--data-dir", str(app.data_dir), *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return " ".join(out.split())


def test_the_signed_assessment_prints_each_criterion_the_override_and_its_reason(app, tmp_path, capsys):
    out = tmp_path / "tu-danh-gia.pdf"
    code, doc = _run(app, capsys, "assess", "--year", str(YEAR), "--override", "c2", "--status", "pass",
                     "--reason", REASON, "--out", str(out), "--sign")
    assert code == 0, doc
    assert doc["signed"] and doc["kept"] and doc["file"] == str(out)
    text = _text(out)
    assert "BÁO CÁO" in text and f"tiêu chuẩn “An toàn về an ninh, trật tự” năm {YEAR}" in text
    assert f"từ ngày 01/11/{YEAR - 1} đến ngày 31/10/{YEAR}" in text
    for c in doc["criteria"]:
        assert f"Tiêu chí {c['number']}." in text
    c2 = next(c for c in doc["criteria"] if c["id"] == "c2")
    assert c2["status"] == "pass" and c2["computed"] == "needs_answer"
    assert "Điều chỉnh ngày" in text and "từ “chưa đủ căn cứ đánh giá” thành “đạt”" in text and REASON in text
    # The households' registration: 0 of the register's households (none yet), from the records.
    words = {"pass": "Đạt", "fail": "Không đạt", "needs_answer": "Chưa đủ căn cứ đánh giá"}
    assert f"Kết quả chung: {words[doc['result']]}." in text
    sig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Nguyễn Văn Trưởng" in sig and "Signature is Valid" in sig
    conn = sqlite3.connect(app.db_path)
    kept = conn.execute("SELECT kind, year, number_label FROM issued_documents WHERE id = ?", (doc["kept"],)).fetchone()
    conn.close()
    assert kept[:2] == ("security_assessment", YEAR) and kept[2].endswith("/BC-TĐ")


def test_an_assessment_with_every_criterion_passed_asks_the_commune_to_recognise_the_hamlet(app, tmp_path,
                                                                                          capsys):
    for c in ("c1", "c2", "c3", "c4", "c5"):
        code, doc = _run(app, capsys, "assess", "--year", str(YEAR), "--override", c, "--status", "pass",
                         "--reason", REASON)
        assert code == 0, doc
    code, doc = _run(app, capsys, "documents", "render", "security_assessment", "--year", str(YEAR), "--out",
                     str(tmp_path / "a.pdf"))
    assert code == 0, doc
    text = _text(tmp_path / "a.pdf")
    assert "Kết quả chung: Đạt." in text
    assert "Đề nghị Ủy ban nhân dân xã Yên Xuân xét, công nhận thôn Đông đạt tiêu chuẩn" in text


def test_the_registration_form_names_the_households_and_the_criteria(app, tmp_path, capsys):
    from desktop_app.domain.people import BirthDate, ResidentInput, Sex
    from desktop_app.services import register

    REG = TODAY.year  # noqa: N806 — a year whose quarter I has come

    with app.uow() as uow:
        for n in ("1", "2"):
            register.add_household(uow, number=n, address="Xóm 1", event="move_in", on=dt.date(REG - 1, 5, 1),
                                   head=ResidentInput(full_name=f"Nguyễn Văn {'An' if n == '1' else 'Bình'}",
                                                      birth_date=BirthDate(1970), sex=Sex.MALE))
        security.record_activity(uow, ActivityInput("movement_registration", dt.date(REG, 2, 10), quantity=2),
                                 today=TODAY)
        security.record_activity(uow, ActivityInput("self_governing_model", dt.date(REG - 1, 3, 1),
                                                    "Tổ liên gia tự quản xóm 1", model_type="self_managed_group",
                                                    status="active"), today=TODAY)
        uow.commit()
    day = min(TODAY, dt.date(REG, 3, 31))
    code, doc = _run(app, capsys, "documents", "render", "security_registration", "--year", str(REG),
                     "--date", day.isoformat(), "--out", str(tmp_path / "dk.pdf"))
    assert code == 0, doc
    text = _text(tmp_path / "dk.pdf")
    assert "BẢN ĐĂNG KÝ" in text and f"Xây dựng thôn Đông đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm {REG}" \
        in text
    assert "Kính gửi: Ủy ban nhân dân xã Yên Xuân; Công an xã Yên Xuân." in text
    assert f"Đến ngày 10/02/{REG}, 2/2 hộ gia đình (100,0%) đã đăng ký" in text
    assert "Căn cứ Nghị quyết số …… ngày …… của Chi bộ thôn Đông" in text  # no resolution recorded
    assert "Thôn Đông có 2 hộ gia đình với 2 nhân khẩu." in text
    for number in "12345":
        assert f"{number}. " in text
    assert "Tổ liên gia tự quản xóm 1" in text and "Số: …/ĐK-TĐ" in text


def test_a_profile_that_may_not_sign_keeps_no_decision(app, tmp_path, capsys):
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles

    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name="hoa.giai", display_name="Trần Thị Hòa",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    before = dump_tables(app.db_path)
    code, doc = _run(app, capsys, "--profile", "hoa.giai", "assess", "--year", str(YEAR), "--override", "c2",
                     "--status", "pass", "--reason", REASON, "--out", str(tmp_path / "x.pdf"), "--sign")
    assert code == 1 and doc["error"] == "document_signer_wrong", doc
    code, doc = _run(app, capsys, "assess", "--year", str(YEAR), "--override", "c2", "--status", "pass",
                     "--reason", REASON, "--out", str(tmp_path / "no-such-folder" / "x.pdf"))
    assert code == 1 and doc["error"] == "file_unwritable", doc
    assert dump_tables(app.db_path) == before
    assert not (tmp_path / "x.pdf").exists()


def test_an_assessment_of_a_year_not_begun_is_refused_and_writes_nothing(app, tmp_path, capsys):
    before = dump_tables(app.db_path)
    code, doc = _run(app, capsys, "assess", "--year", str(YEAR + 1), "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and doc["error"] == "security_period_not_begun" and doc["field"] == "year", doc
    code, doc = _run(app, capsys, "assess", "--year", str(YEAR), "--sign")
    assert code == 2  # --sign needs --out
    capsys.readouterr()
    assert dump_tables(app.db_path) == before and not (tmp_path / "x.pdf").exists()
